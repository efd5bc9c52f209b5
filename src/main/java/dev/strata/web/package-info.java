/** Cross-cutting web concerns: RFC 9457 problem details for every error, a trailing slash ignored, and the HTTP server keep-alive workaround. */
@NullMarked
package dev.strata.web;

import org.jspecify.annotations.NullMarked;
