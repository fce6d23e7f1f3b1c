/**
 * Who may do what: the plant's users with their roles, the API and kiosk-screen tokens, sign-in
 * with its lock-out, and the audit entries of all of it. Security is decided in web-ui; this
 * package keeps the accounts and answers "who is this, and what role do they have".
 */
package io.taktline.core.access;
