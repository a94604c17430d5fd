import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import StelePages

/// Each fixture of Fixtures/Timeline shows one rule; the expected events are what a reader of it would list.
@Suite struct TimelineExtractorTests {
    @Test func fullDates() throws {
        #expect(try TimelineFixtures.events("full-dates") == [
            "2018-11-06 day 三家企业党支部在大厦里联合开展主题党日活动 #p-1",
            "2019-07-09 day 中央和国家机关党的建设工作会议在北京召开 #p-2",
        ])
    }

    @Test func months() throws {
        #expect(try TimelineFixtures.events("months") == [
            "1923-08 month 全国第一个农村党支部在安平县诞生 #p-1",
            "2017-07 month 会议于2017年7月在上海召开，系统阐释了城市基层党建的理念 #p-2",
        ])
    }

    @Test func yearsAndFiscalYears() throws {
        #expect(try TimelineFixtures.events("years") == [
            "1996 year 他从技校毕业后，分配到冶炼厂贵金属车间工作 #p-1",
            "2012 year 2012年《关于加强非公有制企业党建工作的意见》印发 #p-3",
            "2019 year 他改进原有工艺，获得2019年度国家科技进步二等奖 #p-2",
        ])
    }

    @Test func seasonsButNotSpringFestivalOrFirstSteps() throws {
        // 2020年春节 is no spring but the festival's day, 25 January 2020.
        #expect(try TimelineFixtures.events("seasons") == [
            "1943 spring season 郝家桥村是1943年春发现的一个模范村 #p-1",
            "2020-01-25 day 志愿者坚守在社区防疫一线 #p-4",
            "2020 autumn season 新校舍正式投入使用 #p-2",
            "2021 year 2021年初步建成的展馆对外开放 #p-5",
            "2021 early season 工作队进驻村里 #p-3",
            "2021 late season 村里通了自来水 #p-3",
        ])
    }

    @Test func rangesOfDaysMonthsAndYears() throws {
        #expect(try TimelineFixtures.events("ranges") == [
            "2014/2017 year 从2014年到2017年，县里先后建成四座水库 #p-6",
            "2016/2020 year 全省累计培训村干部十万人次 #p-4",
            "2016-10-10/2016-10-11 day 全国国有企业党的建设工作会议在北京召开 #p-1",
            "2019-03-05/2019-03-15 day 全国两会在北京举行 #p-5",
            "2020-01-20/2020-02-10 day 医疗队在武汉连续奋战 #p-3",
            "2021-06/2021-12 month 北京、浙江、深圳开展新就业群体党建工作试点 #p-2",
        ])
    }

    @Test func halvesAndQuartersAreTheirMonths() throws {
        #expect(try TimelineFixtures.events("parts-of-a-year") == [
            "2021-01/2021-06 month 全省新建党群服务中心两百个 #p-1",
            "2022-01/2022-03 month 全省新增市场主体十二万户 #p-2",
            "2022-01/2022-06 month 全市新建充电桩三千个 #p-3",
            // A quarter without its year is the article's; 下半年, not over by October, is a plan.
            "2022-01/2022-03 month 全县新开工项目四十个 #p-4",
        ])
    }

    @Test func listsAreOneEventPerDate() throws {
        #expect(try TimelineFixtures.events("lists") == [
            "2016 year 中央组织部先后在宁夏、广西召开工作座谈会 #p-1",
            "2017 year 中央组织部先后在宁夏、广西召开工作座谈会 #p-1",
            "2018 year 村里连续获评先进党组织 #p-2",
            "2019 year 村里连续获评先进党组织 #p-2",
            "2020 year 2020年召开电视电话会议 #p-1",
        ])
    }

    @Test func aChronologyInOneParagraphGivesEachDateItsOwnClause() throws {
        #expect(try TimelineFixtures.events("chronology") == [
            "2001-03 month 县档案馆新馆奠基 #p-1",
            "2002-05 month 新馆落成，馆藏档案全部迁入 #p-1",
            "2003-07 month 馆里两次举办馆藏珍档展 #p-1",
            "2004-08 month 馆里两次举办馆藏珍档展 #p-1",
            "2005 year 馆长王芳退休 #p-1",
            "2006-04 month 数字化工作启动 #p-1",
            "2007 year 档案查阅大厅对外开放 #p-1",
        ])
    }

    /// A chronology of 3,000 entries run together into one paragraph, as a PDF's 大事记 often comes out:
    /// every entry is an event with its own clause. (Each date once searched the whole paragraph for its
    /// sentence, its clause and the other dates: 5,000 dates took 5 s, 20,000 took 83 s.)
    @Test func aLongChronologyInOneParagraph() throws {
        let entries = (0..<3_000).map { "\(1800 + $0 / 12)年\($0 % 12 + 1)月，第\($0 + 1)号文件归档" }
        let text = "---\ntitle: 大事记\ndate: 2060-01-01\n---\n\n" + entries.joined(separator: "；") + "。\n"
        let events = try TimelineExtractor().events(in: [TimelineFixtures.page(named: "long-chronology", text: text)])
        #expect(events.count == 3_000)
        #expect(events.enumerated().allSatisfy { index, event in event.text == "第\(index + 1)号文件归档" })
    }

    /// A paragraph of 2,000 dates and no comma at all is one clause: each date's headline is its first
    /// 55 characters and "…". (Each date once counted the letters of the whole paragraph.)
    @Test func aParagraphWithoutACommaGivesShortenedHeadlines() throws {
        let filler = String(repeating: "档案整理工作持续推进馆藏数量不断增加", count: 5)
        let entries = (0..<2_000).map { "\(1800 + $0 / 12)年\($0 % 12 + 1)月" + filler }
        let text = "---\ntitle: 长段\ndate: 2060-01-01\n---\n\n" + entries.joined() + "。\n"
        let events = try TimelineExtractor().events(in: [TimelineFixtures.page(named: "no-commas", text: text)])
        #expect(events.count == 2_000)
        #expect(events.allSatisfy { $0.text.unicodeScalars.count == 56 && $0.text.hasSuffix("…") })
    }

    @Test func chineseNumerals() throws {
        #expect(try TimelineFixtures.events("chinese-numerals") == [
            "1949-10-01 day 中华人民共和国中央人民政府成立 #p-2",
            "2018-09 month 新的教学楼落成 #p-1",
        ])
    }

    @Test func datesThatLeanOnThePreviousDate() throws {
        #expect(try TimelineFixtures.events("relative-to-previous-date") == [
            "1968 year 她大学毕业后来到佳县从医 #p-4",
            "1969 year 县里建起第一所卫生院 #p-4",
            "1983 year 县医院首设儿科 #p-3",
            "1983-12 month 她成为首任儿科主任 #p-3",
            "1984 year 医院新建了门诊楼 #p-3",
            "2015-08 month 调研组进驻 #p-5",
            "2015-08-20 day 调研报告完成 #p-5",
            "2015-09 month 中央印发社会组织党建意见 #p-2",
            "2015-10 month 全国社会组织党建工作会议召开 #p-2",
            "2019 year 中央印发了相关意见 #p-1",
            "2019-07-09 day 工作会议在北京召开 #p-1",
        ])
    }

    @Test func datesThatLeanOnTheArticleDate() throws {
        #expect(try TimelineFixtures.events("relative-to-article-date") == [
            "2020 year 村里修通了公路 #p-2",
            "2021 year 社区完成了老旧小区改造 #p-2",
            "2022-08 month 习近平总书记来到牡丹社区考察 #p-1",
            "2022-09 month 街道新建了党群服务中心 #p-3",
            "2022-10-01 day 社区广场举行了升旗仪式 #p-5",
            "2022-10-05 day 社区举办了邻里节 #p-4",
        ])
    }

    @Test func monthsWithoutAYearTakeTheParagraphsYearOrTheArticles() throws {
        #expect(try TimelineFixtures.events("months-without-a-year") == [
            "2019-03 month 村里两次组织义诊 #p-1",
            "2019-05 month 村里两次组织义诊 #p-1",
            "2022-12-20 day 新年音乐会在县城举行 #p-2",
            "2023-01-08 day 县里召开了总结大会 #p-3",
        ])
    }

    @Test func daysWithoutAMonthTakeTheParagraphsMonthOrTheArticles() throws {
        // 28日 lies after the article's 4 March: the month before; 15日 takes its paragraph's November.
        // 3日 after 27日 in one paragraph is the next month's third.
        #expect(try TimelineFixtures.events("days-without-a-month") == [
            "2020-11 month 修路队进村 #p-3",
            "2020-11-15 day 村道开始铺设沥青 #p-3",
            "2021-02-27 day 继27日首场降雪后 #p-5",
            "2021-02-28 day 继28日首场降雪后，山区又迎来一次寒潮 #p-2",
            "2021-03-02 day 河堤加固工程完工 #p-1",
            "2021-03-03 day 3日晚山区再次降雪 #p-5",
        ])
    }

    @Test func decadesWithAndWithoutTheirCentury() throws {
        // Without a century a decade is the 1900s'; a range's end without one takes the start's.
        #expect(try TimelineFixtures.events("decades") == [
            "1860s/1930 decade 从19世纪60年代到20世纪30年代，码头一直是商船停靠的要地 #p-3",
            "1960s decade 村里修起了水库 #p-1",
            "1980s decade 工厂转产日用陶瓷 #p-2",
            "1990s decade 老码头渐渐冷清 #p-4",
        ])
    }

    @Test func aBaseYearIsNeitherAnEventNorLeanedOn() throws {
        // 同年 is 2016, the year the clause opened with; 比1至2月 is a yardstick.
        #expect(try TimelineFixtures.events("base-years") == [
            "2016 year 全村人均纯收入由2013年的1668元增加到8313元 #p-1",
            "2016-12 month 村里通过了脱贫验收 #p-1",
        ])
    }

    @Test func daysThatLeanOnTheArticleOrThePreviousDay() throws {
        // 当天 after a month has no day to lean on; 今天是 and 美好明天 are no dates.
        #expect(try TimelineFixtures.events("relative-days") == [
            "2020-12-31 day 村里举行了跨年晚会 #p-3",
            "2020-12-31 day 焰火照亮了海湾 #p-3",
            "2021-01-01 day 村民们去山上看日出 #p-3",
            "2021-02 month 工程队进场 #p-4",
            "2021-02-27 day 渡船完成了试航 #p-1",
            "2021-02-28 day 新建的渡口码头通航 #p-1",
            "2021-03-01 day 第一批游客登上了小岛 #p-2",
        ])
    }

    @Test func festivalsAreTheirDayInTheArticlesYearOrTheYearNamed() throws {
        // 中秋 2024 is 17 September, 端午 2021 14 June, 春节 2024 10 February (ICU's Chinese calendar); 清明 2024
        // is 4 April. 春节前 is the edge of a period; 每年春节, 五一路 and 清明上河图 are no dates; （大年三十）当天
        // glosses the date before it.
        #expect(try TimelineFixtures.events("festivals") == [
            "2021-06-14 day 新码头启用 #p-2",
            "2021-06-14 day 老龙舟绕港一周 #p-2",
            "2023-09-29 day 他第一次带女朋友回家 #p-3",
            "2024-02-09 day 一家人吃团圆饭 #p-4",
            "2024-02-09 day 游客如织 #p-7",
            "2024-02-11 day 全家去镇上赶集 #p-4",
            "2024-04-04 day 村民上山祭扫 #p-6",
            "2024-09-17 day 河边点亮了花灯 #p-1",
            "2024-10-01 day 古镇接待游客5万人次 #p-1",
        ])
    }

    @Test func lifeSpansAreABirthAndADeathOfTheNameBeforeThem() throws {
        // The years stand aside: 10月9日 after 闻人瑾's span is in the article's year, not in 1936.
        #expect(try TimelineFixtures.events("life-spans") == [
            "1871 year 闻人瑾出生 #p-2",
            "1922 year 顾篁出生 #p-1",
            "1930 year 袁隆平出生 #p-4",
            "1936 year 闻人瑾逝世 #p-2",
            "2008 year 顾篁逝世 #p-1",
            "2021 year 袁隆平逝世 #p-4",
            "2022-10-09 day 账簿入藏档案馆 #p-2",
        ])
    }

    @Test(arguments: ["periods-and-ages", "numbers-that-look-like-years", "goals-and-datelines"])
    func falseFriendsAreNotEvents(fixture: String) throws {
        #expect(try TimelineFixtures.events(fixture) == [])
    }

    @Test func headlinesReadLikeHeadlines() throws {
        // One clause too long for a headline is cut at 55 scalars and marked.
        let long = "研究团队在国内外同行的大力支持下对贵金属提纯工序的全部流程进行了长达数月的系统试验并最终形成了一套全新的工艺流程和技术标准以及完整的质量控制体系"
        #expect(try TimelineFixtures.events("headline-trimming") == [
            "1943 spring season 陕西榆林绥德县的郝家桥村，曾是中共绥德地委在1943年春发现的一个模范村 #p-2",
            "1949-03 month 毛泽东同志在党的七届二中全会上指出，“从现在起，开始了由城市到乡村并由城市领导乡村的时期” #p-6",
            "1999 year 路生梅退休了，她仍然选择在佳县为患者免费义诊 #p-1",
            "2009 year 因业绩突出，他被聘任为提纯班班长 #p-3",
            "2010 year 工厂在2010年引进了一条全自动生产线 #p-4",
            "2011 year \(long.unicodeScalars.prefix(55).map(String.init).joined())… #p-5",
            "2021-05 month 社区完成了道路改造 #p-7",
        ])
    }

    @Test func frontmatterAddsAndDropsEvents() throws {
        #expect(try TimelineFixtures.events("frontmatter-events") == [
            "1943 spring season 郝家桥村被发现为模范村",
            "2001 year 学校建成",
            "2016-10-10/2016-10-11 day 全国国有企业党的建设工作会议召开 #p-2",
            "2020-05 month 会议召开 #p-2",
        ])
    }

    @Test func eventURLsPointAtTheParagraphUnderTheBasePath() throws {
        var config = SiteConfig()
        config.baseURL = "https://example.org/docs/"
        let events = try TimelineExtractor().events(in: [TimelineFixtures.page("full-dates")])
        #expect(events.map(URLBuilder(config: config).url(of:)) == ["/docs/articles/full-dates/#p-1", "/docs/articles/full-dates/#p-2"])
        #expect(events.map(\.article) == ["完整日期", "完整日期"])
    }

    @Test func sameStartOrdersByArticleThenParagraph() throws {
        let years = try TimelineFixtures.page("years")
        let lists = try TimelineFixtures.page("lists")
        let forward = try TimelineExtractor().events(in: [years, lists])
        #expect(forward.filter { $0.start.iso == "2019" }.map(\.articlePath) == ["articles/years/", "articles/lists/"])
        let backward = try TimelineExtractor().events(in: [lists, years])
        #expect(backward.filter { $0.start.iso == "2019" }.map(\.articlePath) == ["articles/lists/", "articles/years/"])
        #expect(backward.map(\.start) == backward.map(\.start).sorted())
    }
}
