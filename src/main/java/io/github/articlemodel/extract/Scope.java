package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
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
