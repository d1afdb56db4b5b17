package io.github.articlemodel.extract;

import io.github.articlemodel.model.Block;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What the body stage found: the main-content root, the typed blocks, and the regions it left out
 * for other stages (cross-reference boxes with the number of blocks before each).
 */
final class BodyResult {
    /** A cross-reference box the body left out, and how many blocks came before it. */
    record SkippedBox(Element element, int blocksBefore) {}

    private final Optional<Element> root;
    private final List<Block> blocks;
    private final List<SkippedBox> boxes;

    BodyResult(Optional<Element> root, List<Block> blocks, List<SkippedBox> boxes) {
        this.root = root;
        this.blocks = List.copyOf(blocks);
        this.boxes = List.copyOf(boxes);
    }

    /** The element the body was taken from (in the original document), if one was found. */
    Optional<Element> root() {
        return root;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Cross-reference boxes inside the body, in document order. */
    List<SkippedBox> boxes() {
        return boxes;
    }
}
