package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Stage 3c: cross-references. Turns the boxes the body stage left out ("Read also: ...", "See
 * also", related-story boxes, in several languages) into typed records placed after the block
 * they follow.
 */
final class CrossReferenceExtractor {
    private CrossReferenceExtractor() {}

    static List<CrossReference> extract(ExtractionContext ctx, BodyResult body) {
        List<CrossReference> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String self = Urls.withoutFragment(ctx.baseUrl());
        for (BodyResult.SkippedBox box : body.boxes()) {
            Element e = box.element();
            String boxText = Text.clean(e.text());
            Optional<Cues.Label> label = Cues.crossReferenceLabel(boxText);
            CrossReferenceKind kind = label.map(l -> CrossReferenceKind.fromId(l.kind()))
                    .orElse(CrossReferenceKind.RELATED);
            for (Element a : e.select("a[href]")) {
                Optional<String> url = Urls.resolve(ctx.baseUrl(), a.attr("href"));
                if (url.isEmpty() || Urls.withoutFragment(url.get()).equals(self) || !seen.add(url.get())) {
                    continue;
                }
                String title = Text.clean(a.text());
                Optional<Cues.Label> inLink = Cues.crossReferenceLabel(title);
                if (inLink.isPresent()) {
                    title = Text.clean(title.substring(inLink.get().end()));
                }
                if (title.isEmpty()) {
                    title = Text.clean(a.attr("title"));
                }
                if (title.isEmpty()) {
                    continue;
                }
                CrossReference.Builder b = new CrossReference.Builder().title(title).url(url.get()).kind(kind);
                label.ifPresent(l -> b.label(l.text()));
                if (box.blocksBefore() > 0) {
                    b.afterBlock(box.blocksBefore() - 1);
                }
                out.add(b.build());
            }
        }
        return out;
    }
}
