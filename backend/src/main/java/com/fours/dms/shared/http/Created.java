package com.fours.dms.shared.http;

import java.net.URI;

/** What a create returns: the new record's view, where it lives, and its version. */
public record Created<T>(T body, URI location, long version) {}
