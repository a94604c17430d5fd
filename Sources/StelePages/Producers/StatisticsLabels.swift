/// The words of the statistics page in the site's language (Chinese or English).
///
/// `{0}`, `{1}` in a label are filled in by `format`. Templates see them as `stats.labels.*`.
struct StatisticsLabels {
    let texts: [String: String]
    package let isChinese: Bool

    init(language: String) {
        isChinese = language.lowercased().hasPrefix("zh")
        texts = isChinese ? Self.chinese : Self.english
    }

    subscript(key: String) -> String { texts[key] ?? key }

    /// The label `key` with `{0}`, `{1}`, … replaced by `values`.
    package func format(_ key: String, _ values: String...) -> String {
        var text = self[key]
        for (index, value) in values.enumerated() { text = text.replacingOccurrences(of: "{\(index)}", with: value) }
        return text
    }

    static let english: [String: String] = [
        "lead": "What the {0} articles of this site say, in numbers: their length, their words and every figure they cite.",
        "overview": "Overview", "articles": "Articles", "words": "Words", "quantities": "Figures cited",
        "decades": "Events per decade", "sections": "On this page",
        "figureArticles": "Articles", "figureChinese": "Chinese characters", "figureCharacters": "Characters (no spaces)",
        "figureParagraphs": "Paragraphs", "figureSentences": "Sentences", "figureHeadings": "Headings",
        "figureReading": "Reading time", "minutes": "{0} min",
        "readingNote": "Reading time assumes {0} Chinese characters a minute, and {1} words a minute for words in Latin letters and numbers (Brysbaert 2019, English non-fiction). China's curriculum standard for Chinese asks for silent reading of general texts at no less than 300 characters a minute by grades 5–6 and 500 by grades 7–9; news prose dense with names and figures, read for understanding, sits between the two.",
        "longest": "Longest: ", "shortest": "Shortest: ", "chineseCount": " ({0} Chinese characters)",
        "approximationText": "{0} ({1})",
        "title": "Title", "columnChinese": "Chinese characters", "columnCharacters": "All characters",
        // Soft hyphens (U+00AD) let the narrow number columns break a heading where the column needs it.
        "columnParagraphs": "Para\u{AD}graphs", "columnSentences": "Sen\u{AD}tences", "columnHeadings": "Head\u{AD}ings",
        "columnMinutes": "Min\u{AD}utes", "tableSorted": "Sorted by length, longest first.",
        "lengthsTitle": "Article lengths", "lengthsSummary": "Chinese characters in each of the {0} articles, longest first: {1}.",
        "lengthsSummaryLimited": "Chinese characters in the {0} longest of the {1} articles: {2}.",
        "dataTable": "Data table", "label": "Label", "value": "Value",
        "methodDictionary": "Words are cut by the most probable path through {0} ({1} words), the method jieba uses without its HMM.",
        "methodDictionaryHMM": "Words are cut by the most probable path through {0} ({1} words); words it lacks, such as names, are found by jieba's HMMs, as jieba does.",
        "dictionaryDebian": "the jieba dictionary of python3-jieba", "dictionaryFile": "the jieba-format dictionary {0}",
        "methodUserWords": "This site adds {0} words of its own.",
        "methodICU": "Words are cut by ICU's word break iterator.",
        "wordTokens": "Words", "vocabulary": "Vocabulary (distinct words)",
        "density": "Lexical density", "densityNote": "share of words that are neither stopwords nor numerals",
        "typeToken": "Type–token ratio", "typeTokenNote": "distinct words per word",
        "topWordsTitle": "Top words", "topWordsSummary": "The {0} commonest words, without stopwords, numbers and punctuation; the first is {1}, {2} times.",
        "word": "Word", "count": "Count",
        "distinctive": "Distinctive words", "distinctiveBackground": "Each article's words weighed by TF-IDF against jieba's background IDF table, so that common words of Chinese at large sink and each article's own subjects rise.",
        "distinctiveCorpus": "Each article's words weighed by TF-IDF against the other articles of this site.",
        "entities": "People, places and organisations", "entitiesNote": "Words the dictionary tags as person names (nr), place names (ns) and organisation names (nt), with how often they occur.",
        "people": "People", "places": "Places", "organisations": "Organisations", "none": "None found.",
        "quantitiesNote": "Every number the texts cite with a unit or measure word, its value normalised (51.8万 → 518,000) and its approximation named. Dates, ages and ordinals are left out. Each group is sorted by value, largest first; the link leads to the paragraph.",
        "quantityCount": "{0} figures", "quantityCountOne": "{0} figure",
        "listLimited": "The first {0} of {1}; stats.json has them all.",
        "asWritten": "As written", "normalised": "Value", "approximation": "Approx.", "unit": "Unit",
        "counts": "Counts", "source": "Article", "change": "change: {0} → {1}",
        "group.people": "People", "group.organisations": "Organisations", "group.places": "Places",
        "group.percentages": "Percentages", "group.time": "Durations", "group.other": "Other",
        "approx.over": "more than", "approx.nearly": "nearly", "approx.under": "less than", "approx.about": "about",
        "approx.several": "several times", "approx.range": "range",
        "direction.down": "fall",
        "decadesTitle": "Events per decade",
        "decadesSummary": "Years the texts mention, by decade, from the {0}s to the {1}s; the most, {2}, in the {3}s.",
        "decadesNote": "Each year the texts name (1949年, 2021年) counts as one event.",
        "decade": "Decade", "decadeLabel": "{0}s", "events": "Events", "noDecades": "The texts name no years.",
        "json": "The same figures as data: {0}",
        "note.icu": "No jieba dictionary ({0}) was found: words were cut by ICU's word break iterator instead, which splits names such as 习近平 and gives no parts of speech, so no people, places or organisations are listed. Install python3-jieba (make does) or set dictionary: in stele.yml.",
        "note.idf": "No IDF table ({0}) was found: distinctive words are weighed against the other articles of this site only.",
    ]

    package static let chinese: [String: String] = [
        "lead": "本站 {0} 篇文章的篇幅、用词和文中引用的每一个数字。",
        "overview": "概览", "articles": "各篇文章", "words": "词语", "quantities": "文中数字", "decades": "年代分布",
        "sections": "本页内容",
        "figureArticles": "文章", "figureChinese": "汉字", "figureCharacters": "字符（不计空格）",
        "figureParagraphs": "段落", "figureSentences": "句子", "figureHeadings": "小标题",
        "figureReading": "阅读时间", "minutes": "{0} 分钟",
        "readingNote": "阅读时间按每分钟 {0} 个汉字、{1} 个外文词或数字计算（后者据 Brysbaert 2019 年对英文非虚构作品的统计）。《义务教育语文课程标准》要求默读一般读物每分钟不少于 300 字（5—6 年级）、阅读一般现代文每分钟不少于 500 字（7—9 年级）；新闻稿人名、数字密集，成人为理解而读，取两者之间。",
        "longest": "最长：", "shortest": "最短：", "chineseCount": "（{0} 个汉字）",
        "approximationText": "{0}（{1}）",
        "title": "标题", "columnChinese": "汉字", "columnCharacters": "字符", "columnParagraphs": "段落",
        "columnSentences": "句子", "columnHeadings": "小标题", "columnMinutes": "分钟",
        "tableSorted": "按篇幅从长到短排列。",
        "lengthsTitle": "文章篇幅", "lengthsSummary": "{0} 篇文章各自的汉字数，从长到短：{1}。",
        "lengthsSummaryLimited": "{1} 篇文章中最长的 {0} 篇各自的汉字数：{2}。",
        "dataTable": "数据表", "label": "项目", "value": "数值",
        "methodDictionary": "词语按{0}（{1} 个词）的最大概率路径切分，即 jieba 不用 HMM 时的方法。",
        "methodDictionaryHMM": "词语按{0}（{1} 个词）的最大概率路径切分；词典没有的词（如人名、地名）由 jieba 的 HMM 识别，与 jieba 的默认切分相同。",
        "dictionaryDebian": " python3-jieba 所带的 jieba 词典", "dictionaryFile": " jieba 格式词典 {0}",
        "methodUserWords": "本站另加 {0} 个自定义词。",
        "methodICU": "词语由 ICU 断词切分。",
        "wordTokens": "词次", "vocabulary": "词汇量（不同的词）",
        "density": "实词比例", "densityNote": "既非停用词也非数词的词所占比例",
        "typeToken": "型例比", "typeTokenNote": "不同的词数除以词次",
        "topWordsTitle": "高频词", "topWordsSummary": "出现最多的 {0} 个词，不含停用词、数字和标点；最多的是「{1}」，共 {2} 次。",
        "word": "词", "count": "次数",
        "distinctive": "各篇特征词", "distinctiveBackground": "按 TF-IDF 衡量各篇用词，以 jieba 的背景 IDF 表为参照：汉语中普遍常用的词靠后，各篇自己的主题靠前。",
        "distinctiveCorpus": "按 TF-IDF 衡量各篇用词，以本站其他文章为参照。",
        "entities": "人名、地名和机构", "entitiesNote": "词典标为人名（nr）、地名（ns）、机构名（nt）的词及其出现次数。",
        "people": "人名", "places": "地名", "organisations": "机构", "none": "未发现。",
        "quantitiesNote": "文中每一个带单位或量词的数字：数值已换算（51.8万 → 518,000），并注明约数的方式。日期、年龄和序数不计。每组按数值从大到小排列，链接指向所在段落。",
        "quantityCount": "共 {0} 个", "quantityCountOne": "共 {0} 个",
        "listLimited": "列出前 {0} 项，共 {1} 项；全部见 stats.json。",
        "asWritten": "原文", "normalised": "数值", "approximation": "约数", "unit": "单位", "counts": "所计",
        "source": "出处", "change": "变化：{0} → {1}",
        "group.people": "人员", "group.organisations": "组织", "group.places": "地方", "group.percentages": "百分比",
        "group.time": "时长", "group.other": "其他",
        "approx.over": "多于", "approx.nearly": "接近", "approx.under": "少于", "approx.about": "约",
        "approx.several": "数倍于", "approx.range": "区间",
        "direction.down": "下降",
        "decadesTitle": "各年代事件数",
        "decadesSummary": "正文提到的年份按年代统计，从 {0} 年代到 {1} 年代；最多的是 {3} 年代，共 {2} 次。",
        "decadesNote": "正文每提到一个年份（如 1949年、2021年）计为一个事件。",
        "decade": "年代", "decadeLabel": "{0}年代", "events": "事件", "noDecades": "正文没有提到年份。",
        "json": "数据下载：{0}",
        "note.icu": "未找到 jieba 词典（{0}），词语改由 ICU 断词切分：习近平这样的人名会被切开，也没有词性，因此不列人名、地名和机构。请安装 python3-jieba（make 会安装），或在 stele.yml 中设置 dictionary:。",
        "note.idf": "未找到 IDF 表（{0}），特征词只与本站其他文章相比。",
    ]
}
