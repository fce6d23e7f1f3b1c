/** The pages of signing in and out and of changing one's password. */
package io.taktline.web.interfaces.signin;
