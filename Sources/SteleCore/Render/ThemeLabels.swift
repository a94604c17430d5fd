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
    ]

    static let chinese = [
        "skip": "跳到正文", "navigation": "站点导航", "home": "文章", "contents": "目录",
        "noArticles": "还没有文章。", "notFound": "找不到页面",
        "notFoundText": "这个地址没有页面。", "backHome": "返回首页",
        "generatedBy": "由 Stele 生成", "timeline": "时间线", "statistics": "统计",
    ]
}
