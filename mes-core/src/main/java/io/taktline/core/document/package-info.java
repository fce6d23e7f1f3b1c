/** Reading the documents people upload, with the line of every value for the error messages. */
package io.taktline.core.document;
