/** The operators' downtime pages: the stops awaiting a reason, the reason picker, split, merge, comment. */
package io.taktline.web.interfaces.downtime;
