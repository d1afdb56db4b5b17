package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Embedded third-party content: a video, a social media post, an audio player, a map. */
@Value.Immutable
public abstract sealed class Embed extends Block permits ImmutableEmbed {
    Embed() {}

    /** What is embedded, lower case: "video", "audio", "post", "map", "iframe", .... */
    public abstract String kind();

    /** The embedded resource, an absolute http(s) URL. */
    public abstract String url();

    /** Its title, when the page gives one. */
    public abstract Optional<String> title();

    /** An embed of this kind and URL. */
    public static Embed of(String kind, String url) {
        return new Builder().kind(kind).url(url).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.EMBED;
    }

    /** Always empty: an embed adds nothing to the article's text. */
    @Override
    public final String plainText() {
        return "";
    }

    @Value.Check
    void check() {
        Checks.nonBlank("embed.kind", kind());
        Checks.httpUrl("embed.url", url());
        Checks.nonBlank("embed.title", title());
    }

    /** Builds an {@link Embed}. */
    public static final class Builder extends ImmutableEmbed.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
