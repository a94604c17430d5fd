/// Words too common to say anything about a text: particles, pronouns, prepositions, conjunctions,
/// auxiliaries and degree adverbs. Top-word lists and TF-IDF leave them out; a site adds its own
/// with `stopwords:` in stele.yml.
///
/// Written for Stele from the closed word classes of modern Chinese (and jieba's tags u, p, c, r, d
/// for the commonest of them); content words, even frequent ones such as 工作 or 发展, are kept.
public enum Stopwords {
    public static let chinese: WordSet = WordSet(list.split(whereSeparator: \.isWhitespace).map(String.init))

    private static let list = """
        的 地 得 之 了 着 过 所 者 吗 呢 吧 啊 呀 哦 嘛 么 罢了 而已 似的 一样 般 等 等等 们
        我 我们 你 你们 您 他 他们 她 她们 它 它们 自己 自身 本身 大家 咱们 人家 别人 谁 什么 怎么 怎样 怎么样
        如何 为什么 为何 哪 哪里 哪儿 哪些 多少 这 那 这个 那个 这些 那些 这里 那里 这儿 那儿 这样 那样 这种 那种
        这么 那么 如此 此 其 其中 其他 其它 其余 该 本 某 某些 各 各个 各自 每 每个 所有 一切 有些 有的 另 另外 另一方面
        在 和 与 及 以及 或 或者 或是 还是 并 并且 而 而且 而是 但 但是 可是 然而 不过 只是 因为 所以 因此 因而 于是
        如果 假如 要是 若 即使 即便 尽管 虽然 虽 只要 只有 除非 无论 不论 不管 不仅 不但 既 既然 则 即 就是 否则
        对 对于 关于 把 被 让 使 给 跟 同 向 往 从 自 自从 由 由于 以 为 为了 于 在于 按 按照 依 依照 根据 通过 经过
        随着 作为 除了 除 比 至 至于 到 直到 沿着 趁 凭 借 靠 当 朝 对此 据 基于 鉴于 针对 围绕 有关
        是 有 没 没有 无 不 不是 非 别 未 莫 也 都 就 才 又 还 再 仍 仍然 已 已经 曾 曾经 正 正在 将 将要 要 会 能
        能够 可 可以 可能 应 应该 应当 须 必须 需 需要 得以 很 更 最 太 极 非常 十分 比较 较 越 越来越 更加 尤其 特别
        只 仅 仅仅 都是 也是 就是说 一些 一点 一下 一直 一起 一定 一般 总是 总之 还有 同时 然后 接着 此外 例如 比如
        包括 来说 来看 而言 的话 之一 之后 之前 以后 以前 以来 以上 以下 以便 以免 之间 之中 当中 其间 起来 下来 上去 下去
        出来 进来 方面 一方面 中 个 这是 那是 就是 也就是 即是 所谓 因 故 且 呗 嗯 哈 唉 喂
        """
}
