package no.ledernett.app;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' p:messages, with each message still announced at once but its list intact (WCAG 1.3.1): PrimeFaces writes
 * {@code <li role="alert">}, which takes the item out of its list. Here the item stays a list item and a span inside it
 * carries the alert. Registered in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape) throws IOException {
        super.encodeMessage(new AlertInsideItem(writer), uiMessages, msg, severity, escape);
    }

    /** Moves role="alert" and aria-atomic from an {@code li} to a span around the item's content. */
    static final class AlertInsideItem extends ResponseWriterWrapper {

        /** An li has just been started: its attributes are being written, its content not yet. */
        private boolean itemStarted;
        private boolean alertOpen;

        AlertInsideItem(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            openAlert();
            super.startElement(name, component);
            itemStarted = "li".equals(name);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (itemStarted && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            openAlert();
            super.writeText(text, property);
        }

        @Override
        public void writeText(Object text, UIComponent component, String property) throws IOException {
            openAlert();
            super.writeText(text, component, property);
        }

        @Override
        public void writeText(char[] text, int off, int len) throws IOException {
            openAlert();
            super.writeText(text, off, len);
        }

        @Override
        public void write(String text) throws IOException {
            openAlert();
            super.write(text);
        }

        @Override
        public void write(char[] text, int off, int len) throws IOException {
            openAlert();
            super.write(text, off, len);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("li".equals(name)) {
                openAlert();
                if (alertOpen) {
                    super.endElement("span");
                    alertOpen = false;
                }
            }
            super.endElement(name);
        }

        private void openAlert() throws IOException {
            if (itemStarted) {
                itemStarted = false;
                super.startElement("span", null);
                super.writeAttribute("role", "alert", null);
                super.writeAttribute("aria-atomic", "true", null);
                alertOpen = true;
            }
        }
    }
}
