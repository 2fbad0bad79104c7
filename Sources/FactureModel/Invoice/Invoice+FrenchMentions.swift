// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

// Conveniences for the mentions French law and the 2026 reform add to an invoice. They read and
// write the EN 16931 terms that carry each mention; they do not decide whether a mention is
// required, which is the French rules' business (BR-FR-*).

extension Invoice {
    /// The category of operation (*catégorie de l'opération*: goods, services or mixed), read
    /// from and written to the French billing-framework code in BT-23.
    ///
    /// Reading gives `nil` unless BT-23 has the billing-framework shape (`B1`, `S4`, `M2` …; see
    /// ``OperationCategory``). Writing a category replaces the letter of such a code and keeps
    /// its digit, or sets the plain case (`B1`, `S1`, `M1`) when BT-23 holds anything else;
    /// writing `nil` clears a billing-framework code and leaves any other BT-23 value alone.
    /// Writing an unknown category, which has no letter, changes nothing.
    public var operationCategory: OperationCategory? {
        get {
            processControl.businessProcessType.flatMap(OperationCategory.init(billingFrameworkCode:))
        }
        set {
            let current = processControl.businessProcessType
            let isBillingFramework = current.flatMap(OperationCategory.init(billingFrameworkCode:)) != nil
            guard let newValue else {
                if isBillingFramework { processControl.businessProcessType = nil }
                return
            }
            guard let letter = newValue.billingFrameworkLetter else { return }
            let digit = isBillingFramework ? current.map { String($0.dropFirst()) } ?? "1" : "1"
            processControl.businessProcessType = letter + digit
        }
    }

    /// Whether the seller opted to pay VAT on debits (*option pour le paiement de la taxe d'après
    /// les débits*), read from and written to BT-8.
    ///
    /// True when the VAT point date code (BT-8) is `3` (VAT due on the invoice date; CII writes
    /// it `5`, which ``VATPointDateCode/init(ciiCode:)`` translates to `3`). Setting `true` writes
    /// `3`; setting `false` clears BT-8 only when it held `3`. As we read the French
    /// specifications this is how the reform carries the option; the legal mention may also
    /// appear as a note, which this property does not look at.
    public var vatOnDebits: Bool {
        get { vatPointDateCode == .invoiceIssueDate }
        set {
            if newValue {
                vatPointDateCode = .invoiceIssueDate
            } else if vatPointDateCode == .invoiceIssueDate {
                vatPointDateCode = nil
            }
        }
    }

    /// The notes (BG-1) whose subject code (BT-21) is `subject`, in order.
    public func notes(withSubject subject: TextSubjectCode) -> [Note] {
        notes.filter { $0.subjectCode == subject }
    }

    /// The text of the first note with subject `subject`, or `nil`.
    public func noteText(withSubject subject: TextSubjectCode) -> String? {
        notes.first { $0.subjectCode == subject }?.text
    }

    /// Makes `text` the one note with subject `subject`: replaces the first such note in place,
    /// removes the others, and appends a note when there was none; `nil` removes them all.
    public mutating func setNoteText(_ text: String?, withSubject subject: TextSubjectCode) {
        let firstIndex = notes.firstIndex { $0.subjectCode == subject }
        var replaced = false
        notes = notes.enumerated().compactMap { index, note in
            guard note.subjectCode == subject else { return note }
            guard index == firstIndex, let text else { return nil }
            replaced = true
            return Note(text, subjectCode: subject)
        }
        if !replaced, let text {
            notes.append(Note(text, subjectCode: subject))
        }
    }

    /// The recovery-fee mention (note subject `PMT`): the fixed 40 € compensation for recovery
    /// costs owed by a professional buyer who pays late (*indemnité forfaitaire pour frais de
    /// recouvrement*, article L441-10 of the French commercial code).
    public var recoveryFeeNote: String? {
        get { noteText(withSubject: .recoveryFee) }
        set { setNoteText(newValue, withSubject: .recoveryFee) }
    }

    /// The late-payment penalties mention (note subject `PMD`): the rate of penalties owed on
    /// late payment.
    public var latePaymentPenaltiesNote: String? {
        get { noteText(withSubject: .latePaymentPenalties) }
        set { setNoteText(newValue, withSubject: .latePaymentPenalties) }
    }

    /// The early-payment discount mention (note subject `AAB`): the discount terms for paying
    /// early, or the statement that there is none (*pas d'escompte pour paiement anticipé*).
    public var discountTermsNote: String? {
        get { noteText(withSubject: .discountTerms) }
        set { setNoteText(newValue, withSubject: .discountTerms) }
    }
}
