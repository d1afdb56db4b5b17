package io.github.articlemodel.json;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Embed;
import io.github.articlemodel.model.FieldProvenance;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Preformatted;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.Table;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model as plain JSON, one static method per type. The property order is the JSON
 * contract (see the package documentation); absent values and empty lists are left out, values
 * with a default ({@code type}, {@code role}, {@code ordered}) are always written.
 *
 * <p>Comment threads are written with an explicit stack, so a thread of any depth cannot overflow
 * the call stack.
 */
final class ModelWriter {
    private ModelWriter() {}

    static void article(JsonGenerator g, Article a) {
        g.writeStartObject(a);
        string(g, "url", a.url());
        string(g, "canonicalUrl", a.canonicalUrl());
        g.writeStringProperty("type", a.type().id());
        string(g, "headline", a.headline());
        string(g, "alternativeHeadline", a.alternativeHeadline());
        string(g, "description", a.description());
        string(g, "language", a.language());
        string(g, "siteName", a.siteName());
        if (a.publisher().isPresent()) {
            g.writeName("publisher");
            organization(g, a.publisher().get());
        }
        strings(g, "sections", a.sections());
        strings(g, "tags", a.tags());
        if (!a.bylines().isEmpty()) {
            g.writeArrayPropertyStart("bylines");
            for (Byline b : a.bylines()) {
                byline(g, b);
            }
            g.writeEndArray();
        }
        date(g, "datePublished", a.datePublished());
        date(g, "dateModified", a.dateModified());
        if (!a.images().isEmpty()) {
            g.writeArrayPropertyStart("images");
            for (Image i : a.images()) {
                image(g, i);
            }
            g.writeEndArray();
        }
        if (!a.body().isEmpty()) {
            g.writeArrayPropertyStart("body");
            for (Block b : a.body()) {
                block(g, b);
            }
            g.writeEndArray();
        }
        String text = a.text();
        if (!text.isEmpty()) {
            g.writeStringProperty("text", text);
        }
        if (!a.body().isEmpty()) {
            g.writeNumberProperty("wordCount", a.wordCount());
        }
        if (!a.quotes().isEmpty()) {
            g.writeArrayPropertyStart("quotes");
            for (Quote q : a.quotes()) {
                quote(g, q);
            }
            g.writeEndArray();
        }
        if (!a.crossReferences().isEmpty()) {
            g.writeArrayPropertyStart("crossReferences");
            for (CrossReference r : a.crossReferences()) {
                crossReference(g, r);
            }
            g.writeEndArray();
        }
        if (!a.comments().isEmpty()) {
            g.writeName("comments");
            comments(g, a.comments());
        }
        integer(g, "commentCount", a.commentCount());
        if (a.isAccessibleForFree().isPresent()) {
            g.writeBooleanProperty("isAccessibleForFree", a.isAccessibleForFree().get());
        }
        if (!a.provenance().isEmpty()) {
            g.writeObjectPropertyStart("provenance");
            for (Map.Entry<String, FieldProvenance> e : a.provenance().entrySet()) {
                g.writeName(e.getKey());
                fieldProvenance(g, e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void organization(JsonGenerator g, Organization o) {
        g.writeStartObject(o);
        g.writeStringProperty("name", o.name());
        string(g, "url", o.url());
        if (o.logo().isPresent()) {
            g.writeName("logo");
            image(g, o.logo().get());
        }
        g.writeEndObject();
    }

    static void byline(JsonGenerator g, Byline b) {
        g.writeStartObject(b);
        g.writeStringProperty("name", b.name());
        string(g, "url", b.url());
        g.writeStringProperty("type", b.type().id());
        g.writeStringProperty("role", b.role().id());
        string(g, "affiliation", b.affiliation());
        g.writeEndObject();
    }

    static void agent(JsonGenerator g, Agent a) {
        g.writeStartObject(a);
        g.writeStringProperty("name", a.name());
        string(g, "url", a.url());
        g.writeStringProperty("type", a.type().id());
        g.writeEndObject();
    }

    static void image(JsonGenerator g, Image i) {
        g.writeStartObject(i);
        g.writeStringProperty("url", i.url());
        string(g, "alt", i.alt());
        string(g, "caption", i.caption());
        string(g, "credit", i.credit());
        integer(g, "width", i.width());
        integer(g, "height", i.height());
        g.writeEndObject();
    }

    /** A block: its {@code type} first, then the properties of that type. */
    static void block(JsonGenerator g, Block block) {
        g.writeStartObject(block);
        g.writeStringProperty("type", block.type().id());
        if (block instanceof Heading h) {
            g.writeNumberProperty("level", h.level());
            g.writeStringProperty("text", h.text());
        } else if (block instanceof Paragraph p) {
            g.writeStringProperty("text", p.text());
            if (!p.links().isEmpty()) {
                g.writeArrayPropertyStart("links");
                for (Link l : p.links()) {
                    link(g, l);
                }
                g.writeEndArray();
            }
        } else if (block instanceof ListBlock l) {
            g.writeBooleanProperty("ordered", l.ordered());
            strings(g, "items", l.items());
        } else if (block instanceof QuoteBlock q) {
            g.writeStringProperty("text", q.text());
            string(g, "attribution", q.attribution());
        } else if (block instanceof Figure f) {
            g.writeName("image");
            image(g, f.image());
        } else if (block instanceof Embed e) {
            g.writeStringProperty("kind", e.kind());
            g.writeStringProperty("url", e.url());
            string(g, "title", e.title());
        } else if (block instanceof Preformatted p) {
            g.writeStringProperty("text", p.text());
            string(g, "language", p.language());
        } else if (block instanceof Table t) {
            string(g, "caption", t.caption());
            g.writeArrayPropertyStart("rows");
            for (List<String> row : t.rows()) {
                g.writeStartArray(row, row.size());
                for (String cell : row) {
                    g.writeString(cell);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        } else {
            // Block is sealed: a new subclass must be added here and to the reader and schema.
            throw new IllegalStateException("unknown block class " + block.getClass().getName());
        }
        g.writeEndObject();
    }

    static void link(JsonGenerator g, Link l) {
        g.writeStartObject(l);
        g.writeStringProperty("text", l.text());
        g.writeStringProperty("url", l.url());
        g.writeNumberProperty("start", l.start());
        g.writeEndObject();
    }

    static void quote(JsonGenerator g, Quote q) {
        g.writeStartObject(q);
        g.writeStringProperty("text", q.text());
        if (q.speaker().isPresent()) {
            g.writeName("speaker");
            agent(g, q.speaker().get());
        }
        string(g, "cue", q.cue());
        g.writeStringProperty("kind", q.kind().id());
        g.writeNumberProperty("blockIndex", q.blockIndex());
        g.writeNumberProperty("start", q.start());
        g.writeNumberProperty("end", q.end());
        g.writeEndObject();
    }

    static void crossReference(JsonGenerator g, CrossReference r) {
        g.writeStartObject(r);
        string(g, "label", r.label());
        g.writeStringProperty("title", r.title());
        g.writeStringProperty("url", r.url());
        g.writeStringProperty("kind", r.kind().id());
        integer(g, "afterBlock", r.afterBlock());
        g.writeEndObject();
    }

    /** One comment and its replies. */
    static void comment(JsonGenerator g, Comment c) {
        writeThreads(g, List.of(c).iterator(), false);
    }

    /** A JSON array of comments with their replies. */
    static void comments(JsonGenerator g, List<Comment> comments) {
        g.writeStartArray(comments, comments.size());
        writeThreads(g, comments.iterator(), true);
    }

    /**
     * Writes the comments of {@code top} depth first without recursion: the stack holds, for each
     * open {@code replies} array, the iterator over the comments still to write. Closes the
     * enclosing array of {@code top} when {@code inArray}.
     */
    private static void writeThreads(JsonGenerator g, Iterator<Comment> top, boolean inArray) {
        Deque<Iterator<Comment>> open = new ArrayDeque<>();
        open.push(top);
        while (!open.isEmpty()) {
            Iterator<Comment> it = open.peek();
            if (!it.hasNext()) {
                open.pop();
                if (!open.isEmpty()) {
                    g.writeEndArray(); // the replies
                    g.writeEndObject(); // the comment they reply to (replies come last)
                } else if (inArray) {
                    g.writeEndArray();
                }
                continue;
            }
            Comment c = it.next();
            g.writeStartObject(c);
            string(g, "id", c.id());
            if (c.author().isPresent()) {
                g.writeName("author");
                agent(g, c.author().get());
            }
            date(g, "datePublished", c.datePublished());
            g.writeStringProperty("text", c.text());
            integer(g, "upvotes", c.upvotes());
            if (c.replies().isEmpty()) {
                g.writeEndObject();
            } else {
                g.writeName("replies");
                g.writeStartArray(c.replies(), c.replies().size());
                open.push(c.replies().iterator());
            }
        }
    }

    static void fieldProvenance(JsonGenerator g, FieldProvenance f) {
        g.writeStartObject(f);
        g.writeName("winner");
        candidate(g, f.winner());
        string(g, "reason", f.reason());
        if (!f.others().isEmpty()) {
            g.writeArrayPropertyStart("others");
            for (Candidate c : f.others()) {
                candidate(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void candidate(JsonGenerator g, Candidate c) {
        g.writeStartObject(c);
        g.writeStringProperty("source", c.source().id());
        g.writeStringProperty("locator", c.locator());
        g.writeStringProperty("value", c.value());
        g.writeEndObject();
    }

    /** A date as two properties: {@code name} (ISO 8601 at its precision) and {@code nameRaw}. */
    private static void date(JsonGenerator g, String name, Optional<DateValue> date) {
        if (date.isPresent()) {
            g.writeStringProperty(name, date.get().iso());
            g.writeStringProperty(name + "Raw", date.get().raw());
        }
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void integer(JsonGenerator g, String name, OptionalInt value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.getAsInt());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray(values, values.size());
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }
}
