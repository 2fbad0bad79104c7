// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension VATCategoryCode {
    /// Whether EN 16931 requires a zero tax amount for the category (BR-Z-09, BR-E-09, BR-AE-09,
    /// BR-IC-09, BR-G-09, BR-O-09) and groups its VAT breakdown by category alone, whatever the
    /// rate (BR-Z-08 and siblings sum over the category, not over category and rate).
    ///
    /// The other categories (`S`, `L`, `M`, and codes this release does not know) are taxed at
    /// their rate and grouped by category and rate (BR-S-08, BR-AF-08, BR-AG-08).
    var carriesNoVAT: Bool {
        switch rawValue {
        case "Z", "E", "AE", "K", "G", "O": true
        default: false
        }
    }

    /// The prefix of the category's EN 16931 rule family (`BR-S`, `BR-IC` for `K`, …), or `nil`
    /// for a code without rules of its own.
    var ruleFamily: String? {
        switch rawValue {
        case "S": "BR-S"
        case "Z": "BR-Z"
        case "E": "BR-E"
        case "AE": "BR-AE"
        case "K": "BR-IC"
        case "G": "BR-G"
        case "O": "BR-O"
        case "L": "BR-AF"
        case "M": "BR-AG"
        default: nil
        }
    }
}

/// The key that decides which VAT breakdown (BG-23) an amount belongs to: the category alone for
/// categories without VAT, category and rate (compared numerically, `20 == 20.00`) otherwise.
struct VATGroupKey: Hashable, Sendable {
    let category: VATCategoryCode
    let rate: ExactDecimal?

    init(category: VATCategoryCode, rate: Percentage?) {
        self.category = category
        self.rate = category.carriesNoVAT ? nil : rate?.decimal.normalized
    }
}
