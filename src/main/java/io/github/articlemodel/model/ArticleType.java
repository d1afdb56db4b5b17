package io.github.articlemodel.model;

/** What the page says it is, as a schema.org type. */
public enum ArticleType {
    ARTICLE("Article"),
    NEWS_ARTICLE("NewsArticle"),
    ANALYSIS_NEWS_ARTICLE("AnalysisNewsArticle"),
    OPINION_NEWS_ARTICLE("OpinionNewsArticle"),
    REPORTAGE_NEWS_ARTICLE("ReportageNewsArticle"),
    REVIEW_NEWS_ARTICLE("ReviewNewsArticle"),
    BLOG_POSTING("BlogPosting"),
    LIVE_BLOG_POSTING("LiveBlogPosting"),
    REPORT("Report"),
    SCHOLARLY_ARTICLE("ScholarlyArticle"),
    TECH_ARTICLE("TechArticle");

    private final String id;

    ArticleType(String id) {
        this.id = id;
    }

    /** The schema.org type name ("NewsArticle", "BlogPosting", ...). */
    public String id() {
        return id;
    }

    /**
     * The constant with this schema.org type name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static ArticleType fromId(String id) {
        return Enums.fromId(ArticleType.class, id, ArticleType::id);
    }
}
