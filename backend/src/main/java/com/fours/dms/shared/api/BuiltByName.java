package com.fours.dms.shared.api;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API record built by name, never by a row of positional arguments: the annotation processor
 * (record-builder) writes {@code <Enclosing><Record>Builder} beside it with two entry points.
 * <ul>
 *   <li>{@code stagedBuilder()}: every component in declaration order, {@code build()} only once all
 *       are set, so a field added to the record cannot be forgotten where views are built (main code).</li>
 *   <li>{@code builder()}: set only what matters, the rest stays null/false/0 (tests and fixtures).</li>
 * </ul>
 * No withers and no static positional factory: the point is that every call names its fields.
 */
@RecordBuilder.Template(options = @RecordBuilder.Options(
        builderMode = RecordBuilder.BuilderMode.STANDARD_AND_STAGED,
        enableWither = false,
        addStaticBuilder = false,
        inheritComponentAnnotations = false))
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@Inherited
public @interface BuiltByName {}
