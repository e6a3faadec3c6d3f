package fr.segur.eligibility.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (method or class) that sends requests the contract forbids on purpose: {@link ContractValidation}
 * then checks only its answers against {@code openapi/openapi.yaml}, never its requests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SendsInvalidRequests {
}
