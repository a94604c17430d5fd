/// The few words the default theme prints itself, in the site's language (Chinese or English).
enum ThemeLabels {
    static func labels(for language: String) -> [String: String] {
        language.lowercased().hasPrefix("zh") ? chinese : english
    }

    static let english = [
        "skip": "Skip to content", "navigation": "Site", "home": "Articles", "contents": "Contents",
        "noArticles": "No articles yet.", "notFound": "Page not found",
        "notFoundText": "There is no page at this address.", "backHome": "Back to the front page",
        "generatedBy": "Built with Stele", "timeline": "Timeline", "statistics": "Statistics",
        "tags": "Tags", "tag": "Tag", "search": "Search",
        "searchPlaceholder": "Search articles", "searchNeedsScript": "Searching needs JavaScript, which is off. Every article is listed below.",
        "searchNoResults": "Nothing found.", "searchResultCount": "{n} articles found", "allArticles": "All articles",
        "searchMore": "More results", "searchNewest": "Newest articles",
        "searchNeedsScriptNewest": "Searching needs JavaScript, which is off. The newest articles are listed below.",
        "searchOlder": "Older articles, page by page →",
        "pagination": "Pages", "previous": "← Newer", "next": "Older →", "pageNumber": "Page {n}",
        "firstPage": "« Newest", "lastPage": "Oldest »",
        "readingTime": "{n} min read", "articleTimeline": "Its events on the timeline ({n})",
        "articleNavigation": "Newer and older articles", "previousArticle": "Newer", "nextArticle": "Older",
    ]

    package static let chinese = [
        "skip": "跳到正文", "navigation": "站点导航", "home": "文章", "contents": "目录",
        "noArticles": "还没有文章。", "notFound": "找不到页面",
        "notFoundText": "这个地址没有页面。", "backHome": "返回首页",
        "generatedBy": "由 Stele 生成", "timeline": "时间线", "statistics": "统计",
        "tags": "标签", "tag": "标签", "search": "搜索",
        "searchPlaceholder": "搜索文章", "searchNeedsScript": "搜索需要 JavaScript，而它已被关闭。下面列出了全部文章。",
        "searchNoResults": "没有找到相关文章。", "searchResultCount": "找到 {n} 篇文章", "allArticles": "全部文章",
        "searchMore": "更多结果", "searchNewest": "最新文章",
        "searchNeedsScriptNewest": "搜索需要 JavaScript，而它已被关闭。下面列出了最新的文章。",
        "searchOlder": "更早的文章，逐页浏览 →",
        "pagination": "分页", "previous": "← 较新", "next": "较旧 →", "pageNumber": "第 {n} 页",
        "firstPage": "« 最新", "lastPage": "最旧 »",
        "readingTime": "约 {n} 分钟读完", "articleTimeline": "本文在时间线上的事件（{n}）",
        "articleNavigation": "上一篇和下一篇", "previousArticle": "上一篇", "nextArticle": "下一篇",
    ]
}
