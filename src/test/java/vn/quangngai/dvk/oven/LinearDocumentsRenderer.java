package vn.quangngai.dvk.oven;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every unrendered document with links to its neighbours, as JBake 2.7.0's
 * {@code DocumentsRenderer} does, in linear time: that renderer queries all documents of the type
 * again for every document and searches them with {@code indexOf}, so a site of N posts costs N².
 *
 * <p>The neighbours are the same. In the list of the document's type, newest first (the store's
 * {@code getAllContent}), {@code nextContent} is the nearest <em>newer</em> published document and
 * {@code previousContent} the nearest <em>older</em> published one; drafts are skipped, and a
 * document with none gets the key with a null value. A neighbour is a small model with only
 * {@code uri}, {@code noExtensionUri} and {@code title}. The list of each type is read once
 * and indexed by source URI (unique in JBake's store).
 *
 * <p>Each document is rendered from a copy carrying the two links, so the stored document is left
 * as it was (JBake's own store hands out copies; {@link vn.quangngai.dvk.jbake.MemoryContentStore} does not), then marked
 * rendered. Failures are collected and reported together, in one {@link RenderingException}.
 */
public final class LinearDocumentsRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Map<String, Neighbours> neighboursByType = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int rendered = 0;
        for (DocumentModel document : db.getUnrenderedContent()) {
            try {
                Neighbours neighbours = neighboursByType.computeIfAbsent(document.getType(), type -> new Neighbours(db.getAllContent(type)));
                DocumentModel page = new DocumentModel();
                page.putAll(document);
                page.setPreviousContent(neighbours.older(document));
                page.setNextContent(neighbours.newer(document));
                renderer.render(page);
                db.markContentAsRendered(document);
                rendered++;
            } catch (Exception e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", failures));
        }
        return rendered;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return render(renderer, db, (JBakeConfiguration) null);
    }

    /** For each document of one type, its nearest newer and older published documents, as navigation models. */
    private static final class Neighbours {

        private final Map<String, Integer> indexBySourceUri = new HashMap<>();
        private final DocumentModel[] newer;
        private final DocumentModel[] older;

        Neighbours(List<DocumentModel> newestFirst) {
            List<DocumentModel> typed = new ArrayList<>(newestFirst);
            int size = typed.size();
            DocumentModel[] navigation = new DocumentModel[size];
            for (int i = 0; i < size; i++) {
                indexBySourceUri.putIfAbsent(typed.get(i).getSourceuri(), i);
                if (ModelAttributes.Status.PUBLISHED.equals(typed.get(i).getStatus())) {
                    navigation[i] = navigation(typed.get(i));
                }
            }
            newer = new DocumentModel[size];
            for (int i = 1; i < size; i++) {
                newer[i] = navigation[i - 1] != null ? navigation[i - 1] : newer[i - 1];
            }
            older = new DocumentModel[size];
            for (int i = size - 2; i >= 0; i--) {
                older[i] = navigation[i + 1] != null ? navigation[i + 1] : older[i + 1];
            }
        }

        DocumentModel newer(DocumentModel document) {
            Integer index = indexBySourceUri.get(document.getSourceuri());
            return index == null ? null : newer[index];
        }

        DocumentModel older(DocumentModel document) {
            Integer index = indexBySourceUri.get(document.getSourceuri());
            return index == null ? null : older[index];
        }

        /** The model JBake gives a neighbour: its address and title, nothing else. */
        private static DocumentModel navigation(DocumentModel document) {
            DocumentModel navigation = new DocumentModel();
            navigation.setNoExtensionUri(document.getNoExtensionUri());
            navigation.setUri(document.getUri());
            navigation.setTitle(document.getTitle());
            return navigation;
        }
    }
}
