package cn.govdisclosure.support.web;

/** The request contradicts the resource's current state (it exists already, it was submitted …); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
