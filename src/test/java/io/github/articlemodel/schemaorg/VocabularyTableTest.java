package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped table holds the facts of the schema.org 30.0 vocabulary file. */
final class VocabularyTableTest {
    private static String shipped() throws IOException {
        try (InputStream in = VocabularyTableTest.class.getResourceAsStream(VocabularyTable.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTableIsWhatTheVocabularyFileGives() throws IOException {
        assumeTrue(Files.isRegularFile(VocabularyTable.VOCABULARY),
                VocabularyTable.VOCABULARY + " is not present (the shared folder is not checked out)");
        assertEquals(VocabularyTable.generate(VocabularyTable.VOCABULARY), shipped(),
                "regenerate the table with VocabularyTable.main (see its javadoc)");
    }

    @Test
    void theTableKnowsTheTermsTheWriterUses() {
        Vocabulary v = Vocabulary.load();
        assertEquals(933, v.classCount());
        assertEquals(1521, v.propertyCount());
        assertTrue(v.isSubclassOf("AnalysisNewsArticle", "Article"));
        assertTrue(v.isSubclassOf("LiveBlogPosting", "CreativeWork"));
        assertTrue(v.isSubclassOf("Quotation", "CreativeWork"));
        assertTrue(v.isDataType("URL") && v.isDataType("Integer") && v.isDataType("CssSelectorType"));
        assertFalse(v.isDataType("Person"));
        assertEquals(Set.of("Boolean"), v.memberTypes("True"));
        Vocabulary.Property width = v.property("width").orElseThrow();
        assertEquals(Set.of("Distance", "QuantitativeValue"), width.ranges());
        assertEquals(Set.of("Person"), v.property("editor").orElseThrow().ranges());
        assertTrue(v.property("wordcount").isEmpty());
    }
}
