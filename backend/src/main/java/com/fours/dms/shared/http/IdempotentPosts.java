package com.fours.dms.shared.http;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: every POST of it honours {@code Idempotency-Key} (issue 12). A POST that
 * declares the header itself (and calls {@link Idempotency} directly) is left to do so.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentPosts {}
