package com.atlassian.templaterenderer;

/**
 * Stub of the renderer's unchecked failure, named in the throws clause of
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * (its superclass RuntimeException assumed, not confirmed).
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
