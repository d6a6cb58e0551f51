package cn.govdisclosure.support.web;

/** The addressed resource does not exist; answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
