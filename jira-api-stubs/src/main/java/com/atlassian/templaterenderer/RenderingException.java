package com.atlassian.templaterenderer;

/**
 * Stub of the renderer's unchecked failure, named in the throws clause of
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * Superclass confirmed by the ATR source ({@code mrdon/ATR},
 * {@code api/src/main/java/com/atlassian/templaterenderer/RenderingException.java}: {@code extends RuntimeException},
 * constructors {@code (String, Throwable)}, {@code (String)}, {@code (Throwable)}; only the last is stubbed). ATR 1.5.2 only.
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
