/**
 * Who is asking, decided once per request: {@link TaktlineAuthentication} (Jakarta Security) reads a
 * Bearer token or the signed-in session and tells the container; {@link PageAccess} lets each page
 * through by the role {@link Page} declares for it and sets the security headers on every answer;
 * the REST API's endpoints are checked by {@code interfaces.rest.EndpointAccess}.
 */
package io.taktline.web.interfaces.security;
