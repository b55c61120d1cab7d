package no.ledernett.app;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posts back to its page's address with the page's view parameters ({@code ?id=…}), so a
 * postback whose view has expired is sent back to the same object's page (OmniFaces'
 * ViewExpiredExceptionHandler refreshes the request's own address) instead of to a page without
 * its id. The parameters are only an address: {@code o:viewParam} does not apply them on postback.
 * Only a form's own address: links and redirects to the same page (another month, another
 * meeting) build their URLs through this method too, and must carry only their own parameters.
 */
public class ViewParamsInActionUrl extends ViewHandlerWrapper {

    public ViewParamsInActionUrl(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || url.contains("?") || !(UIComponent.getCurrentComponent(context) instanceof UIForm)) {
            return url;
        }
        StringBuilder query = new StringBuilder();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValueFromModel(context);
            if (value != null && !value.isEmpty()) {
                query.append(query.length() == 0 ? '?' : '&').append(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url + query;
    }
}
