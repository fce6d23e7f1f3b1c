/** The audit trail: who changed what in the plant's configuration, when, from what to what. */
package io.taktline.core.audit;
