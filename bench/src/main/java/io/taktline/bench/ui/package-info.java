/** Render times of the web UI under signed-in users, against one user alone. */
package io.taktline.bench.ui;
