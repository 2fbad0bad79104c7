// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// An invoice note (BG-1): free text, optionally qualified by a subject code.
    ///
    /// French legal mentions travel as notes: the recovery fee (`PMT`), late-payment penalties
    /// (`PMD`) and discount terms (`AAB`); ``Invoice/recoveryFeeNote`` and its siblings read and
    /// write them.
    public struct Note: Sendable {
        /// Invoice note subject code (BT-21).
        public var subjectCode: TextSubjectCode?
        /// Invoice note (BT-22).
        public var text: String

        /// Creates a note.
        public init(_ text: String, subjectCode: TextSubjectCode? = nil) {
            self.text = text
            self.subjectCode = subjectCode
        }
    }
}

extension Invoice.Note: Hashable {}

extension Invoice.Note: Codable {}
