package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Regions;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Where on the page a byline or a date may come from: the article itself, never a sidebar, a
 * related-story teaser, a comment or a cross-reference box.
 */
final class Scope {
    private Scope() {}

    /** The element holding the article: the body root's nearest {@code article}/{@code main}, else its parent. */
    static Optional<Element> articleContainer(Optional<Element> bodyRoot) {
        if (bodyRoot.isEmpty()) {
            return Optional.empty();
        }
        for (Element e = bodyRoot.get(); e != null; e = e.parent()) {
            if (e.nameIs("article") || e.nameIs("main") || e.attr("role").equals("main")) {
                return Optional.of(e);
            }
            if (e.nameIs("body")) {
                break;
            }
        }
        Element p = bodyRoot.get().parent();
        return Optional.of(p != null && !p.nameIs("html") ? p : bodyRoot.get());
    }

    /**
     * Whether a value at {@code e} belongs to the article: no ancestor up to {@code container} is a
     * comment region, a cross-reference box, an aside, or a region whose class marks boilerplate.
     */
    static boolean belongsToArticle(Element e, Element container) {
        for (Element a = e; a != null && a != container; a = a.parent()) {
            if (Regions.isCommentRegion(a) || a.nameIs("aside") || a.nameIs("nav") || a.nameIs("footer")
                    || Cues.hasCrossReferenceClass(a)) {
                return false;
            }
            if (a != e && a.nameIs("article")) {
                return false; // a teaser of another article nested in this one
            }
            if (isBoilerplateBlock(a, false)) {
                return false;
            }
        }
        return container == null || e == container || io.github.articlemodel.internal.Dom.contains(container, e);
    }

    /**
     * Whether a block's class or id marks it as boilerplate, unless it names the byline or meta line
     * it holds ("author-box", "post-meta"; with {@code dateLine}, also "date"). A header never is.
     */
    static boolean isBoilerplateBlock(Element a, boolean dateLine) {
        if (a.nameIs("header") || !Cues.isUnlikely(a)) {
            return false;
        }
        String c = Cues.classAndId(a);
        return !c.contains("author") && !c.contains("byline") && !c.contains("meta") && !(dateLine && c.contains("date"));
    }
}
