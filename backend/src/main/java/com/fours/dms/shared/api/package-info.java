/**
 * How API types are written: records in each context's {@code api} package, nested in one
 * {@code <Context>Api} holder, contract names given by {@code @Schema(name)}, and built by name
 * ({@link com.fours.dms.shared.api.BuiltByName}). The convention is written down in
 * {@code backend/README.md}.
 */
package com.fours.dms.shared.api;
