// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension ExtendedCTCFRRules {
    /// The rules of `EXTENDED-CTC-FR-UBL` (FNFE-MPE France_RFE 1.4.0, 953 assertions): the EN 16931
    /// UBL artefact as the French EXTENDED-CTC-FR profile restates it, which replaces the CEN UBL
    /// artefact (release 1.3.16) for invoices of that profile.
    ///
    /// 884 assertions are stated exactly as CEN states them, in patterns whose rule order leaves them
    /// the same elements, and are taken from ``EN16931Rules/ubl``; the other 69 are written natively
    /// (``ExtendedCTCFRUBL``). In substance the artefact differs from CEN as follows:
    /// - sub-lines: a line whose `cac:BillingReference` to its own invoice carries a
    ///   `cbc:DocumentStatusCode` other than `DETAIL` (`GROUP`, `INFORMATION`) is left out of the line
    ///   rules (BR-FREXT-22/23/24/26, BR-FREXT-CO-04, UBL-FREXT-SR-48 instead of BR-22 … 26, BR-CO-04,
    ///   UBL-SR-48), of the totals and of the VAT presence rules (BR-FREXT-x-01 instead of BR-x-01);
    ///   BR-FREXT-05 … 12 check the sub-line tree (type code, parent line, `GROUP` amounts);
    /// - tolerances: the totals (BR-FREXT-CO-10 … 13, 15 instead of BR-CO-10 … 13, 15) and the VAT
    ///   breakdown bases (BR-FREXT-x-08, with the warnings `-08ini` and `-08rev`, instead of BR-x-08)
    ///   accept one cent per summed element; a breakdown is matched to the lines and allowances of its
    ///   rate (and exemption reason), so one category may have several rates; BR-FREXT-S-09 replaces
    ///   BR-S-09's ±1 with the same cent tolerance; BR-CO-17, BR-27, BR-28, BR-S-10, BR-Z-10 and BR-O-02 … 04,
    ///   BR-O-11 … 14 are dropped; BR-CO-25 (due date or payment terms when an amount is due) is added;
    /// - more content allowed: 42 UBL-CR warnings are lifted (agent and service-provider parties, payee
    ///   details, line delivery, line and document preceding invoices, exemption reasons on allowances and
    ///   lines, item attribute codes and quantities, …), three of them replaced by narrower ones
    ///   (UBL-FREXT-CR-410/645 on delivery terms, CII-FREXT-CR-490 on tax exchange rates), and
    ///   UBL-SR-04/16/20/34/37/52 are dropped; preceding-invoice rules (BR-55, UBL-SR-06/07) only look at
    ///   the document level;
    /// - code lists: `BY`/`SE` identifier schemes (BR-FREXT-CL-10), charge reasons from UNTDID 7161 or
    ///   5153 by `listID` (BR-FREXT-CL-20*), XML MIME codes (BR-FREXT-CL-24), restricted Incoterms
    ///   (BR-FREXT-CL-27), item attribute codes (BR-FREXT-04), item attributes by code or quantity
    ///   (BR-FREXT-54-1/2 instead of BR-54).
    static let ubl: [BusinessRule] =
        EN16931Rules.ubl.filter { !ExtendedCTCFRUBL.replacedCENRules.contains($0.id) }
        + ExtendedCTCFRUBL.nativeRules
}
