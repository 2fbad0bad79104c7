// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The official texts of the French rules (BR-FR, Flux 2), as the FNFE-MPE artefacts state them
/// (V1.4.0, `BR-FR-Flux2-Schematron-CII` and `-UBL`); `…` stands for the value the artefact inserts.
enum FrenchRuleText {
    /// The text of a CII rule, `nil` for an unknown identifier.
    static func cii(_ id: String) -> String? {
        switch id {
        case "BR-FR-01_BT-1":
            """
            BR-FR-01/BT-1 : L'identifiant de facture (ram:ID) ne doit pas dépasser 35 caractères. \
            Valeur actuelle : "…". Veuillez vérifier que l'identifiant respecte cette limite.
            """
        case "BR-FR-02_BT-1":
            """
            BR-FR-02/BT-1 : L'identifiant de facture (ram:ID) contient des caractères non autorisés. \
            Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles + - _ / sont \
            autorisés, sans espaces.
            """
        case "BR-FR-01_BT-25":
            """
            BR-FR-01/BT-25 : L'identifiant de facture référencée (ram:IssuerAssignedID) ne doit pas \
            dépasser 35 caractères. Valeur actuelle : "…". Veuillez vérifier que l'identifiant \
            respecte cette limite.
            """
        case "BR-FR-02_BT-25":
            """
            BR-FR-02/BT-25 : L'identifiant de facture référencée (ram:IssuerAssignedID) contient des \
            caractères non autorisés. Valeur actuelle : "…". Seuls les caractères alphanumériques et \
            les symboles + - _ / sont autorisés, sans espaces.
            """
        case "BR-FR-01_EXT-FR-FE-136":
            """
            BR-FR-01/EXT-FR-FE-136 : L'identifiant de facture référencée en ligne \
            (ram:IssuerAssignedID) ne doit pas dépasser 35 caractères. Valeur actuelle : "…". Veuillez\
             vérifier que l'identifiant respecte cette limite.
            """
        case "BR-FR-02_EXT-FR-FE-136":
            """
            BR-FR-02/EXT-FR-FE-136 : L'identifiant de facture référencée en ligne \
            (ram:IssuerAssignedID) contient des caractères non autorisés. Valeur actuelle : "…". Seuls\
             les caractères alphanumériques et les symboles + - _ / sont autorisés, sans espaces.
            """
        case "BR-FR-03_BT-2":
            """
            BR-FR-03/BT-2 : La date d’émission (udt:DateTimeString) doit contenir une année comprise \
            entre 2000 et 2099, au format AAAAMMJJ. Valeur actuelle : "…". Veuillez vérifier que \
            l’année est correcte et que le format est conforme.
            """
        case "BR-FR-03_BT-7":
            """
            BR-FR-03/BT-7 : La date de fait générateur de la taxe (udt:DateString) doit contenir une \
            année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-9":
            """
            BR-FR-03/BT-9 : La date d’échéance (udt:DateTimeString) doit contenir une année entre 2000\
             et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-26":
            """
            BR-FR-03/BT-26 : La date d’émission de la facture référencée (qdt:DateTimeString) doit \
            contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-03_BT-72":
            """
            BR-FR-03/BT-72 : La date de livraison effective (udt:DateTimeString) doit contenir une \
            année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-73":
            """
            BR-FR-03/BT-73 : La date de début de période de facturation (udt:DateTimeString) doit \
            contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-03_BT-74":
            """
            BR-FR-03/BT-74 : La date de fin de période de facturation (udt:DateTimeString) doit \
            contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-03_EXT-FR-FE-138":
            """
            BR-FR-03/EXT-FR-FE-138 : La date d’émission de la facture référencée en ligne \
            (qdt:DateTimeString) doit contenir une année entre 2000 et 2099. Valeur actuelle : "…". \
            Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_EXT-FR-FE-158":
            """
            BR-FR-03/EXT-FR-FE-158 : La date de livraison effective en ligne (udt:DateTimeString) doit\
             contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-03_EXT-FR-FE-134":
            """
            BR-FR-03/BT-134 : La date de début de période de facturation en ligne (udt:DateTimeString)\
             doit contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-03_EXT-FR-FE-135":
            """
            BR-FR-03/BT-135 : La date de fin de période de facturation en ligne (udt:DateTimeString) \
            doit contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-04_BT-3":
            """
            BR-FR-04/BT-3 : Le code type de document (ram:TypeCode) n’est pas autorisé. Valeurs \
            acceptées : 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502, \
            503. Valeur actuelle : "…". Veuillez utiliser un code conforme à la liste autorisée. Les \
            autres codes définis dans la norme UNTDID 1001 ne doivent pas être utilisés.
            """
        case "BR-FR-04_EXT-FR-FE-02":
            """
            BR-FR-04/EXT-FR-FE-02 : Le code type de document référencé (ram:TypeCode) n’est pas \
            autorisé. Valeurs acceptées : 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, \
            381, 396, 502, 503. Valeur actuelle : "…". Veuillez utiliser un code conforme à la liste \
            autorisée.
            """
        case "BR-FR-04_EXT-FR-FE-137":
            """
            BR-FR-04/EXT-FR-FE-137 : Le code type de document référencé en ligne (ram:TypeCode) n’est \
            pas autorisé. Valeurs acceptées : 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, \
            262, 381, 396, 502, 503. Valeur actuelle : "…". Veuillez utiliser un code conforme à la \
            liste autorisée.
            """
        case "BR-FR-05_BT-22_PMT":
            """
            BR-FR-05/BT-22 : La mention relative aux frais de recouvrement (code PMT) est absente. \
            Elle est obligatoire dans les notes (BG-1).
            """
        case "BR-FR-05_BT-22_PMD":
            """
            BR-FR-05/BT-22 : La mention relative aux pénalités de retard (code PMD) est absente. Elle \
            est obligatoire dans les notes (BG-1).
            """
        case "BR-FR-05_BT-22_AAB":
            """
            BR-FR-05/BT-22 : La mention relative à l’escompte ou à son absence (code AAB) est absente.\
             Elle est obligatoire dans les notes (BG-1).
            """
        case "BR-FR-06_BT-21_PMT":
            """
            BR-FR-06/BT-21 : Le code sujet PMT (indemnité forfaitaire pour frais de recouvrement) ne \
            doit apparaître qu'une seule fois dans les notes (BG-1).
            """
        case "BR-FR-06_BT-21_PMD":
            """
            BR-FR-06/BT-21 : Le code sujet PMD (pénalités de retard) ne doit apparaître qu'une seule \
            fois dans les notes (BG-1).
            """
        case "BR-FR-06_BT-21_AAB":
            """
            BR-FR-06/BT-21 : Le code sujet AAB (mention d’escompte ou d’absence d’escompte) ne doit \
            apparaître qu'une seule fois dans les notes (BG-1).
            """
        case "BR-FR-06_BT-21_TXD":
            """
            BR-FR-06/BT-21 : Le code sujet TXD (mention de taxe) ne doit apparaître qu'une seule fois \
            dans les notes (BG-1).
            """
        case "BR-FR-08_BT-23":
            """
            BR-FR-08/BT-23 : La valeur du mode de facturation (ram:ID) est absente ou n’est pas \
            autorisée. Valeurs acceptées : B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8,\
             S8, M8, B9, S9, M9. Valeur actuelle : "…". Veuillez utiliser une valeur conforme à la \
            liste des modes de facturation autorisés.
            """
        case "BR-FR-09_BT-29":
            """
            BR-FR-09/BT-29 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_BT-46":
            """
            BR-FR-09/BT-46 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_BT-60":
            """
            BR-FR-09/BT-60 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-06":
            """
            BR-FR-09/EXT-FR-FE-06 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-46":
            """
            BR-FR-09/EXT-FR-FE-46 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-69":
            """
            BR-FR-09/EXT-FR-FE-69 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-92":
            """
            BR-FR-09/EXT-FR-FE-92 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-115":
            """
            BR-FR-09/EXT-FR-FE-115 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_BT-71":
            """
            BR-FR-09/BT-71 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-146":
            """
            BR-FR-09/EXT-FR-FE-146 : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-10_BT-30":
            """
            BR-FR-10/BT-30 : Le SIREN du vendeur (ram:ID) est obligatoire et doit être composé \
            exactement de 9 chiffres. Valeur actuelle : "…". Veuillez renseigner un identifiant SIREN \
            valide.
            """
        case "BR-FR-11_BT-47":
            """
            BR-FR-11/BT-47 : Si une note contient le code sujet BAR avec la valeur 'B2B', alors le \
            SIREN de l’acheteur (BT-47, ram:ID) est obligatoire et doit être composé exactement de 9 \
            chiffres. Valeur actuelle : "…". Veuillez renseigner un identifiant SIREN valide.
            """
        case "BR-FR-12_BT-49":
            """
            BR-FR-12/BT-49 : Le BT-49 est obligatoire. Valeur actuelle : BT-49="…".
            """
        case "BR-FR-13_BT-34":
            """
            BR-FR-13/BT-34 : Le BT-34 est obligatoire. Valeur actuelle : BT-34="…".
            """
        case "BR-FR-15_BT-95_BT-102":
            """
            BR-FR-15/BT-95 ou BT-102 : Code de catégorie de TVA invalide. Valeur actuelle : "…". \
            Veuillez utiliser un code valide : S, E, AE, K, G, O, Z.
            """
        case "BR-FR-15_BT-95_BT-102_LM":
            """
            BR-FR-15/BT-95 ou BT-102 : Les codes 'L' et 'M' ne sont pas pertinents en France. Valeur \
            actuelle : "…".
            """
        case "BR-FR-15_BT-95_BT-118":
            """
            BR-FR-15/BT-118 : Code de catégorie de TVA invalide. Valeur actuelle : "…". Veuillez \
            utiliser un code valide : S, E, AE, K, G, O, Z.
            """
        case "BR-FR-15_BT-95_BT-118_LM":
            """
            BR-FR-15/BT-118 : Les codes 'L' et 'M' ne sont pas pertinents en France. Valeur actuelle :\
             "…".
            """
        case "BR-FR-15_BT-95_BT-151":
            """
            BR-FR-15/BT-151 : Code de catégorie de TVA invalide. Valeur actuelle : "…". Veuillez \
            utiliser un code valide : S, E, AE, K, G, O, Z.
            """
        case "BR-FR-15_BT-95_BT-151_LM":
            """
            BR-FR-15/BT-151 : Les codes 'L' et 'M' ne sont pas pertinents en France. Valeur actuelle :\
             "…".
            """
        case "BR-FR-16_BT-96_BT-103":
            """
            BR-FR-16/BT-96 ou BT-103 : Le taux de TVA (BT-96) doit être exprimé en pourcentage sans \
            symbole « % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-16_BT-119":
            """
            BR-FR-16/BT-119 : Le taux de TVA (BT-119) doit être exprimé en pourcentage sans symbole « \
            % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-16_BT-152":
            """
            BR-FR-16/BT-152 : Le taux de TVA (BT-152) doit être exprimé en pourcentage sans symbole « \
            % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-17_BT-123":
            """
            BR-FR-17/BT-123 : Le code de qualification de la pièce jointe "…" est invalide. Il doit \
            appartenir à la liste des codes autorisés. Veuillez corriger la valeur de BT-123.
            """
        case "BR-FR-18_BT-123":
            """
            BR-FR-18/BT-123 : Il ne peut y avoir **qu’un seul** document additionnel (BG-24) dont la \
            description (BT-123) est "LISIBLE". Nombre de documents trouvés : … . Veuillez supprimer \
            les doublons ou corriger les descriptions.
            """
        case "BR-FR-20_BT-21":
            """
            BR-FR-20/BT-21 : Lorsqu’une note a pour code sujet « BAR » (BT-21), la valeur associée \
            (BT-22, contenu de la note) doit être l’une des suivantes : B2B, B2BINT, B2C, OUTOFSCOPE, \
            ARCHIVEONLY. Valeur fournie : "…". Veuillez corriger la valeur ou retirer le code sujet « \
            BAR ».
            """
        case "BR-FR-21_BT-49":
            """
            BR-FR-21/BT-49 : Si le traitement est BAR/B2B et que le type de document (BT-3) n’est pas \
            en autofacture (389, 501, 500, 471, 473, 261, 502), alors le BT-49 (EndpointID) doit \
            commencer par le SIREN (BT-47) et le BT-49-1 (schemeID) doit être égal à "0225". Valeurs \
            actuelles : EndpointID="…", schemeID="…", SIREN="…".
            """
        case "BR-FR-22_BT-34":
            """
            BR-FR-22/BT-34 : Si le traitement est BAR/B2B et que le type de document (BT-3) est en \
            autofacture (389, 501, 500, 471, 473, 261, 502), alors le BT-34 (EndpointID du vendeur) \
            doit commencer par le SIREN (BT-30) et le BT-34-1 (schemeID) doit être égal à "0225". \
            Valeurs actuelles : EndpointID="…", schemeID="…", SIREN="…".
            """
        case "BR-FR-23_BT-34":
            """
            BR-FR-23/BT-34 : L'adresse électronique (ram:URIID) ne respecte pas le format autorisé. \
            Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-", "_", "." \
            sont autorisés.
            """
        case "BR-FR-23_BT-49":
            """
            BR-FR-23/BT-49 : L'adresse électronique (ram:URIID) ne respecte pas le format autorisé. \
            Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-", "_", "." \
            sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-12":
            """
            BR-FR-23/EXT-FR-FE-12 : L'adresse électronique (ram:URIID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-29":
            """
            BR-FR-23/EXT-FR-FE-29 : L'adresse électronique (ram:URIID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-52":
            """
            BR-FR-23/EXT-FR-FE-52 : L'adresse électronique (ram:URIID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-75":
            """
            BR-FR-23/EXT-FR-FE-75 : L'adresse électronique (ram:URIID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-98":
            """
            BR-FR-23/EXT-FR-FE-98 : L'adresse électronique (ram:URIID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-121":
            """
            BR-FR-23/EXT-FR-FE-121 : L'adresse électronique (ram:URIID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-24_BT-29":
            """
            BR-FR-24/BT-29 : L'identifiant privé (ram:GlobalID) ne respecte pas le format autorisé. \
            Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-", "_", "." \
            sont autorisés.
            """
        case "BR-FR-24_BT-46":
            """
            BR-FR-24/BT-46 : L'identifiant privé (ram:GlobalID) ne respecte pas le format autorisé. \
            Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-", "_", "." \
            sont autorisés.
            """
        case "BR-FR-25_BT-34":
            """
            BR-FR-25/BT-34 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_BT-49":
            """
            BR-FR-25/BT-49 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-12":
            """
            BR-FR-25/EXT-FR-FE-12 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-29":
            """
            BR-FR-25/EXT-FR-FE-29 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-52":
            """
            BR-FR-25/EXT-FR-FE-52 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-75":
            """
            BR-FR-25/EXT-FR-FE-75 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-98":
            """
            BR-FR-25/EXT-FR-FE-98 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-121":
            """
            BR-FR-25/EXT-FR-FE-121 : L'adresse électronique (ram:URIID) dépasse 125 caractères. Valeur\
             actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-26_BT-29":
            """
            BR-FR-26/BT-29 : L'identifiant privé (ram:GlobalID) dépasse 100 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-26_BT-46":
            """
            BR-FR-26/BT-46 : L'identifiant privé (ram:GlobalID) dépasse 100 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-27_BG-32":
            """
            BR-FR-27/BG-32 : Le groupe Attribut d’article (BG-32) doit contenir soit un nom d’attribut\
             d’article (BT-160 : ram:Description), soit un code d’attribut d’article (EXT-FR-FE-159 : \
            ram:TypeCode). Aucun des deux éléments n’a été trouvé dans le contexte \
            ApplicableProductCharacteristic. Veuillez ajouter au moins l’un des deux éléments pour \
            respecter la structure attendue.
            """
        case "BR-FR-27_BT-160":
            """
            BR-FR-27/BT-160 : Le nom d’attribut d’article (ram:Description) ne doit pas être vide. \
            Valeur actuelle : "…". Veuillez fournir un nom d’attribut valide ou utiliser un code à la \
            place.
            """
        case "BR-FR-27_EXT-FR-FE-159":
            """
            BR-FR-27/EXT-FR-FE-159 : Le code d’attribut d’article (ram:TypeCode) ne doit pas être \
            vide. Valeur actuelle : "…". Veuillez fournir un code d’attribut valide ou utiliser un nom\
             à la place.
            """
        case "BR-FR-28-Value":
            """
            [BR-FR-28] : La valeur d’attribut (ram:Value) ou la valeur (ram:ValueMeasure avec unité de\
             mesure) doivent être présents, mais pas les deux Valeur actuelle Value : "…", Valeur \
            actuelle Value Quantity : "…". unité de mesure : "…" Veuillez fournir une valeur \
            d’attribut valide ou utiliser une Valeur avec unité de mesure.
            """
        case "BR-FR-29_BT-18":
            """
            BR-FR-29/BT-18 : Parmi les identifiants d’objets facturés (BT-18), les schémas \
            d’identification "AFL" et "AVV" ne doivent être présents qu’une seule fois chacun. \
            Actuellement : AFL = … occurrence(s), AVV = … occurrence(s). Veuillez supprimer les \
            doublons pour respecter la règle.
            """
        case "BR-FR-29_AFL":
            """
            BR-FR-29/AFL : L’identifiant associé au schéma "AFL" (ram:IssuerAssignedID) ne doit pas \
            être vide. Valeur actuelle : "…".
            """
        case "BR-FR-29_AVV":
            """
            BR-FR-29/AVV : L’identifiant associé au schéma "AVV" (ram:IssuerAssignedID) ne doit pas \
            être vide. Valeur actuelle : "…".
            """
        case "BR-FR-30_BT-128":
            """
            BR-FR-30/BT-128 : Parmi les identifiants d’objets facturés à la ligne (BT-128), les \
            schémas d’identification "AFL" et "AVV" ne doivent être présents qu’une seule fois chacun.\
             Actuellement : AFL = … occurrence(s), AVV = … occurrence(s). Veuillez supprimer les \
            doublons pour respecter la règle.
            """
        case "BR-FR-30_AFL":
            """
            BR-FR-30/AFL : L’identifiant associé au schéma "AFL" (ram:IssuerAssignedID) ne doit pas \
            être vide. Valeur actuelle : "…".
            """
        case "BR-FR-30_AVV":
            """
            BR-FR-30/AVV : L’identifiant associé au schéma "AVV" (ram:IssuerAssignedID) ne doit pas \
            être vide. Valeur actuelle : "…".
            """
        case "BR-FR-31_BT-21":
            """
            BR-FR-31/BT-21 : Lorsque plusieurs notes ont le code sujet « BAR » (BT-21), Il ne peut y \
            avoir qu'une seule valeur associée (BT-22, contenu de la note) parmi l’une des suivantes :\
             B2B, B2BINT, B2C, OUTOFSCOPE, ARCHIVEONLY. Valeur fournie : "…" , Nombre de valeurs \
            présentes (pas plus de 1) : … "/>". Veuillez corriger la valeur ou retirer le code sujet «\
             BAR ».
            """
        case "BR-FR-32-LEGALID":
            """
            BR-FR-32/LEGALID : Tout identifiant légal d'une Partie avec schemeID = '0002' DOIT être \
            composé de 9 chiffres.
            """
        case "BR-FR-32-GLOBALID":
            """
            BR-FR-32/ID : Tout identifiant d'une Partie avec schemeID = '0231' ou '0002' DOIT être \
            composé de 9 chiffres.
            """
        case "BR-FR-CO-03_BT-3":
            """
            BR-FR-CO-03/BT-3 : Si le code type de la facture (BT-3) est égal à 262 (Avoir Remise \
            Globale), alors : - Le numéro de contrat (BT-12) doit être présent - La période de \
            facturation (BG-14) doit être renseignée (dates de début et de fin). Valeurs actuelles : \
            BT-12="…", période=" … à … ".
            """
        case "BR-FR-CO-04_BT-4":
            """
            BR-FR-CO-04/BT-3 : Si le type de facture (BT-3) est une facture rectificative (384, 471, \
            472, 473), alors **une et une seule** référence à une facture antérieure (BT-25) avec sa \
            date (BT-26) doit être présente. Nombre de références valides trouvées : … .
            """
        case "BR-FR-CO-05_BT-3":
            """
            BR-FR-CO-05/BT-3 : Si le type de facture (BT-3) est un avoir (261, 381, 396, 502, 503), \
            alors : - soit au moins une référence à une facture antérieure (BT-25) avec sa date \
            (BT-26) doit être présente au niveau entête, - soit chaque ligne (BG-25) sans subtype \
            (EXT-FR-FE-163) ou avec subtype 'DETAIL' doit contenir une référence à une facture \
            antérieure (EXT-FR-FE-136) avec sa date (EXT-FR-FE-138). Références entête trouvées : … .
            """
        case "BR-FR-CO-07_BT-9":
            """
            BR-FR-CO-07/BT-9 : La date d’échéance (BT-9), si présente, doit être postérieure ou égale \
            à la date de facture (BT-2), sauf si la facture est de type acompte (386, 500, 503) ou si \
            le cadre de facturation (BT-23) est B2, S2 ou M2. Valeurs actuelles : Date facture = "…", \
            Date échéance = "…", Type = "…", Cadre = "…".
            """
        case "BR-FR-CO-08_BT-23":
            """
            BR-FR-CO-08/BT-23 : Si le cadre de facturation (BT-23) est B4, S4 ou M4 (factures \
            définitives après acompte), alors le type de facture (BT-3) ne peut pas être une facture \
            ou un avoir d’acompte (386, 500, 503). Valeurs actuelles : BT-23="…", BT-3="…".
            """
        case "BR-FR-CO-09_BT-23-1":
            """
            BR-FR-CO-09/BT-23 : Si le cadre de facturation (BT-23) est B2, S2 ou M2 (facture déjà \
            payée), alors le montant déjà payé (BT-113) doit être égal au montant total TTC (BT-112). \
            Montant payé : … , Montant total : … .
            """
        case "BR-FR-CO-09_BT-23-2":
            """
            BR-FR-CO-09/BT-23 : Si le cadre de facturation (BT-23) est B2, S2 ou M2, alors le net à \
            payer (BT-115) doit être égal à 0. Net à payer : … .
            """
        case "BR-FR-CO-09_BT-23-3":
            """
            BR-FR-CO-09/BT-23 : Si le cadre de facturation (BT-23) est B2, S2 ou M2, alors la date \
            d’échéance (BT-9) doit être renseignée et correspondre à la date de paiement. Date \
            d’échéance actuelle : … .
            """
        case "BR-FR-CO-10_BT-29-1":
            """
            BR-FR-CO-10/BT-29 : Si l’identifiant global du vendeur (BT-29) est renseigné, alors son \
            schéma (BT-29-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-29-2":
            """
            BR-FR-CO-10/BT-29 : Chaque schemeID ne peut apparaître qu’une seule fois dans \
            l'identifiant privé du vendeur (BT-29).
            """
        case "BR-FR-CO-10_BT-46-1":
            """
            BR-FR-CO-10/BT-46 : Si l’identifiant global de l'acheteur (BT-46) est renseigné, alors son\
             schéma (BT-46-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-46-2":
            """
            BR-FR-CO-10/BT-46 : Chaque schemeID ne peut apparaître qu’une seule fois dans \
            l'identifiant privé de l'acheteur (BT-46).
            """
        case "BR-FR-CO-10_BT-60-1":
            """
            BR-FR-CO-10/BT-60 : Si l’identifiant global du bénéficiaire (BT-60) est renseigné, alors \
            son schéma (BT-60-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-60-2":
            """
            BR-FR-CO-10/BT-60 : Chaque schemeID ne peut apparaître qu’une seule fois dans \
            l'identifiant privé du bénéficiaire (BT-60).
            """
        case "BR-FR-CO-10_EXT-FR-FE-06-1":
            """
            BR-FR-CO-10/EXT-FR-FE-06 : Si l’identifiant global de l'agent d'acheteur (EXT-FR-FE-06) \
            est renseigné, alors son schéma (EXT-FR-FE-07) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-06-2":
            """
            BR-FR-CO-10/EXT-FR-FE-06 : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé de l'agent d'acheteur (EXT-FR-FE-06).
            """
        case "BR-FR-CO-10_EXT-FR-FE-46-1":
            """
            BR-FR-CO-10/EXT-FR-FE-46 : Si l’identifiant global du payeur (EXT-FR-FE-46) est renseigné,\
             alors son schéma (EXT-FR-FE-47) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-46-2":
            """
            BR-FR-CO-10/EXT-FR-FE-46 : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du payeur (EXT-FR-FE-46).
            """
        case "BR-FR-CO-10_EXT-FR-FE-69-1":
            """
            BR-FR-CO-10/EXT-FR-FE-69 : Si l’identifiant global de l'agent du vendeur (EXT-FR-FE-69) \
            est renseigné, alors son schéma (EXT-FR-FE-70) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-69-2":
            """
            BR-FR-CO-10/EXT-FR-FE-69 : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé de l'agent du vendeur (EXT-FR-FE-69).
            """
        case "BR-FR-CO-10_EXT-FR-FE-92-1":
            """
            BR-FR-CO-10/EXT-FR-FE-92 : Si l’identifiant global du facturé à (EXT-FR-FE-92) est \
            renseigné, alors son schéma (EXT-FR-FE-92-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-92-2":
            """
            BR-FR-CO-10/EXT-FR-FE-92 : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du facturé à (EXT-FR-FE-92).
            """
        case "BR-FR-CO-10_EXT-FR-FE-115-1":
            """
            BR-FR-CO-10/EXT-FR-FE-115 : Si l’identifiant global du facturant (EXT-FR-FE-115) est \
            renseigné, alors son schéma (EXT-FR-FE-116) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-115-2":
            """
            BR-FR-CO-10/EXT-FR-FE-115 : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du facturant (EXT-FR-FE-115).
            """
        case "BR-FR-CO-10_BT-71-1":
            """
            BR-FR-CO-10/BT-71 : Si l’identifiant global du livré à (BT-71) est renseigné, alors son \
            schéma (BT-71-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-71-2":
            """
            BR-FR-CO-10/BT-71 : Chaque schemeID ne peut apparaître qu’une seule fois ans l'identifiant\
             privé du livré à (BT-71).
            """
        case "BR-FR-CO-10_EXT-FR-FE-146-1":
            """
            BR-FR-CO-10/EXT-FR-FE-146 : Si l’identifiant global du livré à à la ligne (EXT-FR-FE-146 )\
             est renseigné, alors son schéma (EXT-FR-FE-148) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-146-2":
            """
            BR-FR-CO-10/EXT-FR-FE-146 : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du livré à à la ligne (EXT-FR-FE-146 ).
            """
        case "BR-FR-CO-12_BT-5":
            """
            BR-FR-CO-12/BT-5 : Si la devise de facture (BT-5) est différente de EUR, alors : - la \
            devise de comptabilité (BT-6) doit être présente et égale à EUR, - le montant de TVA en \
            devise de comptabilité (BT-111) doit être renseigné, - et sa devise (BT-111-1) doit être \
            égale à EUR. Valeurs actuelles : BT-5="…", BT-6="…", BT-111="…"/>".
            """
        case "BR-FR-CO-14_BT-29-1":
            """
            BR-FR-CO-14/BT-29-1 : Si le schéma d’identification du vendeur (BT-29-1) est '0231', cela \
            signifie qu’il est membre d’un assujetti unique. Dans ce cas, une note (BG-1) avec le code\
             sujet 'TXD' (BT-21) et le texte 'MEMBRE_ASSUJETTI_UNIQUE' (BT-22) doit être présente.
            """
        case "BR-FR-CO-15_BT-29-1":
            """
            BR-FR-CO-15/BT-29-1 : Si le vendeur est membre d’un assujetti unique (BT-29-1 = 0231), \
            alors le bloc représentant fiscal (BG-11) doit être présent et contenir le numéro de TVA \
            de l’assujetti unique (BT-63). État actuel : représentant fiscal … , numéro de TVA = "…".
            """
        case "BR-FR-DEC-01_BT-92_BT-99":
            """
            BR-FR-DEC-01/BT-92/BT-99 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-93_BT-100":
            """
            BR-FR-DEC-01/BT-93 : Le montant « <value-of select="."/> » est invalide. Il doit comporter\
             au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 \
            caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-106":
            """
            BR-FR-DEC-01/BT-106 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-107":
            """
            BR-FR-DEC-01/BT-107 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-108":
            """
            BR-FR-DEC-01/BT-108 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-109":
            """
            BR-FR-DEC-01/BT-109 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-110":
            """
            BR-FR-DEC-01/BT-110 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-111":
            """
            BR-FR-DEC-01/BT-111 : Le montant « <value-of select="."/> » est invalide. Il doit \
            comporter au plus 2 décimales, être exprimé avec un point comme séparateur, et ne pas \
            dépasser 19 caractères (hors séparateur). Le signe « - » est autorisé. Veuillez corriger \
            ce montant.
            """
        case "BR-FR-DEC-01_BT-112":
            """
            BR-FR-DEC-01/BT-112 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-113":
            """
            BR-FR-DEC-01/BT-113 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-114":
            """
            BR-FR-DEC-01/BT-114 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-115":
            """
            BR-FR-DEC-01/BT-115 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-116":
            """
            BR-FR-DEC-01/BT-116 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-117":
            """
            BR-FR-DEC-01/BT-117 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-131":
            """
            BR-FR-DEC-01/BT-131 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-136_BT-141":
            """
            BR-FR-DEC-01/BT-136 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-137_BT-142":
            """
            BR-FR-DEC-01/BT-137 : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-02_BT-129":
            """
            BR-FR-DEC-02/BT-129 : La quantité « … » est invalide. Elle doit : - être un nombre avec au\
             plus 4 décimales (séparateur « . »), - contenir au maximum 19 caractères (hors \
            séparateur), - et peut commencer par un signe « - ». Veuillez corriger cette quantité pour\
             respecter le format requis.
            """
        case "BR-FR-DEC-02_BT-149":
            """
            BR-FR-DEC-02/BT-149 : La quantité « … » est invalide. Elle doit : - être un nombre avec au\
             plus 4 décimales (séparateur « . »), - contenir au maximum 19 caractères (hors \
            séparateur), - et peut commencer par un signe « - ». Veuillez corriger cette quantité pour\
             respecter le format requis.
            """
        case "BR-FR-DEC-03_BT-146":
            """
            BR-FR-DEC-03/BT-146 : Le montant « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), sauf si Cadre de Facturation (BT-23) est S9, M9 ou\
             B9 (bi-directionnel) - comporter au plus 6 décimales (séparateur « . »), - contenir au \
            maximum 19 caractères (hors séparateur). Veuillez corriger ce montant pour respecter le \
            format requis.
            """
        case "BR-FR-DEC-03_BT-147":
            """
            BR-FR-DEC-03/BT-147 : Le montant « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), sauf si Cadre de Facturation (BT-23) est S9, M9 ou\
             B9 (bi-directionnel) - comporter au plus 6 décimales (séparateur « . »), - contenir au \
            maximum 19 caractères (hors séparateur). Veuillez corriger ce montant pour respecter le \
            format requis.
            """
        case "BR-FR-DEC-03_BT-148":
            """
            BR-FR-DEC-03/BT-148 : Le montant « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), sauf si Cadre de Facturation (BT-23) est S9, M9 ou\
             B9 (bi-directionnel) - comporter au plus 6 décimales (séparateur « . »), - contenir au \
            maximum 19 caractères (hors séparateur). Veuillez corriger ce montant pour respecter le \
            format requis.
            """
        case "BR-FR-DEC-04_BT-96_BT-103":
            """
            BR-FR-DEC-04/BT-96 ou BT-103 : Le taux de TVA « … » est invalide. Il doit : - être un \
            nombre strictement positif (sans signe « - »), - comporter au plus 2 décimales (séparateur\
             « . »), - contenir au maximum 4 caractères (hors séparateur). Veuillez corriger ce taux \
            pour respecter le format requis.
            """
        case "BR-FR-DEC-04_BT-119":
            """
            BR-FR-DEC-04/BT-119 : Le taux de TVA « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 2 décimales (séparateur « . \
            »), - contenir au maximum 4 caractères (hors séparateur). Veuillez corriger ce taux pour \
            respecter le format requis.
            """
        case "BR-FR-DEC-04_BT-152":
            """
            BR-FR-DEC-04/BT-152 : Le taux de TVA « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 2 décimales (séparateur « . \
            »), - contenir au maximum 4 caractères (hors séparateur). Veuillez corriger ce taux pour \
            respecter le format requis.
            """
        case "BR-FR-MV-01_EXT-FR-FE-163":
            """
            BR-FR-MV-01/EXT-FR-FE-163 : Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, \
            B9, M9, chaque ligne (BG-25) doit contenir un sous-type de ligne \
            (ram:LineStatusReasonCode). Valeur actuelle : "…". Veuillez vérifier que le sous-type est \
            renseigné, Veuillez vérifier que le sous-type est renseigné pour toutes les lignes.
            """
        case "BR-FR-MV-02_EXT-FR-FE-163":
            """
            BR-FR-MV-02/EXT-FR-FE-163 : Lorsque le cadre de facturation (BT-23) est S8, B8 ou M8, la \
            facture doit contenir au moins une ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID). Veuillez vérifier que cette ligne est présente.
            """
        case "BR-FR-BD-02_EXT-FR-FE-163":
            """
            BR-FR-BD-02/EXT-FR-FE-163 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou M9, la \
            facture doit contenir exactement deux ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID). Veuillez vérifier que cette ligne est présente.
            """
        case "BR-FR-BD-02_BT-31":
            """
            BR-FR-BD-02/BT-31 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou M9, la facture \
            doit contenir exactement deux ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID), pour lesquelles l'une a pour ID legal Vendeur à la ligne \
            (EXT-FR-FE-167) l'ID légal du VENDEUR (BT-30). Veuillez vérifier qu'il y a une ligne GROUP\
             avec ID Vendeur de ligne = ID VENDEUR (BT-30).
            """
        case "BR-FR-BD-02_BT-47":
            """
            BR-FR-BD-02/BT-47 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou M9, la facture \
            doit contenir exactement deux ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID), pour lesquelles l'une a pour ID légale de Vendeur à la ligne \
            (EXT-FR-FE-167) l'ID légal de l'ACHETEUR (BT-47). Veuillez vérifier qu'il y a une ligne \
            GROUP avec ID Vendeur de ligne = ID ACHETEUR (BT-47).
            """
        case "BR-FR-MV-03_EXT-FR-FE-164":
            """
            BR-FR-MV-03/EXT-FR-FE-164 : Ligne : … : Valeur actuelle : "…". Lorsque le cadre de \
            facturation (BT-23) est S8, B8, M8 ou S9, B9, M9 et que la ligne est de type GROUP sans \
            parent, le nom du vendeur (ram:Name) doit être renseigné.
            """
        case "BR-FR-MV-03_EXT-FR-FE-167":
            """
            BR-FR-MV-03/EXT-FR-FE-167 : Ligne : … : Valeur actuelle : "…". Lorsque le cadre de \
            facturation (BT-23) est S8, B8, M8 ou S9, B9, M9 et que la ligne est de type GROUP sans \
            parent, l'identifiant du vendeur (ram:ID) doit être renseigné.
            """
        case "BR-FR-MV-03_EXT-FR-FE-177":
            """
            BR-FR-MV-03/EXT-FR-FE-177 : Ligne : … : Valeur actuelle : " … '. Lorsque le cadre de \
            facturation (BT-23) est S8, B8, M8 ou S9, B9, M9 et que la ligne est de type GROUP sans \
            parent, le code pays du vendeur (ram:CountryID) doit être renseigné.
            """
        case "BR-FR-MV-03_EXT-FR-FE-181":
            """
            BR-FR-MV-03/EXT-FR-FE-181 : Ligne : … , Valeur actuelle : "…". Pour une ligne GROUP sans \
            parent, le montant total avec TVA (ram:TaxTotalAmount) doit être renseigné en devise de \
            facture.
            """
        case "BR-FR-MV-03_EXT-FR-FE-182":
            """
            BR-FR-MV-03/EXT-FR-FE-182 : Ligne : … , Devise de comptabilité : "…", TVA en ligne : "…". \
            Pour une ligne GROUP sans parent, le montant total avec TVA (ram:TaxTotalAmount) doit être\
             renseigné en devise de comptabilisation (BT-6) si elle est renseignée.
            """
        case "BR-FR-MV-03_BT-128_AFL":
            """
            BR-FR-MV-03/BT-128 : Pour une ligne GROUP sans parent, une valeur d'objet facturé \
            (ram:IssuerAssignedID) avec identifiant de schéma (ram:ReferenceTypeCode) = AFL doit être \
            présente. Valeur actuelle : "…".
            """
        case "BR-FR-MV-03_BT-128_AVV":
            """
            BR-FR-MV-03/BT-128 : Pour une ligne GROUP sans parent, une valeur d'objet facturé (BT-128 \
            : ram:IssuerAssignedID) avec identifiant de schéma (BT-128-1 : ram:ReferenceTypeCode) = \
            AVV doit être présente et différente de M8/S8/B8. Valeur actuelle : "…".
            """
        case "BR-FR-MV-05_EXT-FR-FE-BG-12":
            """
            BR-FR-MV-05/EXT-FR-FE-BG-12 : Ligne GROUP : … , Somme Sous lignes : … , Nbre sous-lignes: \
            … . Valeur actuelle : "…". Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, \
            B9, M9, le total HT (BT-131 : ram:LineTotalAmount) de la ligne GROUP doit être égal \
            (tolérance ±0,01 * nombre de sous-lignes) à la somme des totaux HT des lignes enfants dont\
             le ParentLineID correspond à l'identifiant de la ligne GROUP (ram:LineID).
            """
        case "BR-FR-MV-06_EXT-FR-FE-167":
            """
            BR-FR-MV-06/EXT-FR-FE-167 : IDligne … , ID parent ligne … , legalID : … , ParentlegalID : \
            … . Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, chaque ligne \
            (BG-25) doit contenir un identifiant légal de vendeur (ram:ID). Si la ligne a un \
            identifiant de ligne parent (ram:ParentLineID), cet identifiant doit être identique à \
            celui de la ligne parent.
            """
        case "BR-FR-MV-07_BT-128":
            """
            BR-FR-MV-07/BT-128 : IDligne … , ID parent ligne … , numfact en ligne … , numfact ligne \
            parent : … . Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, chaque \
            ligne (BG-25) doit contenir un numéro de facture codifié AFL (ram:IssuerAssignedID). Si la\
             ligne a un identifiant de ligne parent (ram:ParentLineID), ce numéro doit être identique \
            à celui de la ligne parent.
            """
        case "BR-FR-MV-08_BT-128":
            """
            BR-FR-MV-08/BT-128 : IDligne … , Raison exemption : … / Num fact ligne: … . Lorsque le \
            cadre de facturation (BT-23) est S8, B8 ou M8, chaque ligne (BG-25) doit contenir une \
            raison d'exemption TVA en texte commençant par le numéro de sous-facture en ligne entre #.
            """
        case "BR-FR-MV-09_EXT-FR-FE-181":
            """
            BR-FR-MV-09/EXT-FR-FE-181 : Id Line Group : … , Numfact: … , Total TVA : … , Somme TVA : …\
             . Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, le montant total \
            TVA de la ligne GROUP (EXT-FR-FE-181) doit être égal à la somme des montants de TVA des \
            ventilations TVA (BT-117) dont la raison d'exemption (ram:ExemptionReason) commence par le\
             numéro de facture en ligne (BT-128 avec ReferenceTypeCode = AFL) entre #.
            """
        case "BR-FR-MV-10_EXT-FR-FE-184":
            """
            BR-FR-MV-10/EXT-FR-FE-184 : Id Line Group : … , nb sous-ligne : … , TTC : … , TVA : … , HT\
             : … Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, si le montant \
            total avec TVA (ram:GrandTotalAmount) est présent pour une ligne GROUP sans parent, alors \
            la différence entre ce montant et la somme du montant HT (ram:LineTotalAmount) et du \
            montant TVA (ram:TaxTotalAmount) doit être inférieure ou égale à 0,01 × le nombre de \
            sous-lignes DETAIL. Valeur actuelle : " … '.
            """
        case "BR-FR-MV-11_BT-128":
            """
            BR-FR-MV-11/BT-128 : ID Seller : … , NB ligne GROUP seller : … Numero de facture (BT-1) : \
            … , Nb de Ligne GROUP avec Num fact : … , NumFact de ligne : … . \
            [BR-FR-MV-11/BT-128]Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, \
            si le Vendeur principal identifié dans le bloc Vendeur (BG-4) de la facture au travers de \
            son identifiant légal (BT-30) dispose d'un groupe de lignes de facturation, alors il doit \
            exister au moins une ligne (BG-25) avec sous-type de ligne (EXT-FR-FE-163) = "GROUP" et \
            sans identifiant de ligne Parent (EXT-FR-FE-162), pour laquelle le numéro de facture à la \
            ligne (Valeur de BT-128 avec BT-128-1 = AFL) est égal au numéro de facture (BT-1).
            """
        case "BR-FR-MV-12_BT-128":
            """
            BR-FR-MV-12/BT-128 : Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9,\
             les numéros de facture à la ligne (ram:IssuerAssignedID avec ReferenceTypeCode = AFL) \
            pour les lignes GROUP sans parent doivent être uniques. Veuillez vérifier que chaque \
            numéro est distinct.
            """
        case "BR-FR-MV-13_BT-3":
            """
            BR-FR-MV-13/BT-3 : Lorsque le cadre de facturation (BT-23) est S8, B8 ou M8, le code type \
            de facture (ram:TypeCode) ne doit pas être l'un des types auto-facturés suivants : 389, \
            261, 501, 500, 502, 471, 473. Valeur actuelle : " … '.
            """
        case "BR-FR-BD-13_BT-3":
            """
            BR-FR-BD-13/BT-3 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou M9, le code type \
            de facture (ram:TypeCode) DOIT être l'un des types auto-facturés suivants : 389, 261, 501,\
             500, 502, 471, 473. Valeur actuelle : " … '.
            """
        case "BR-FR-MV-14-EXT-FR-FE-136":
            """
            BR-FR-MV-14-EXT-FR-FE-136 : Num Facture antérieure manquant ligne … : Lorsque le cadre de \
            facturation (BT-23) est S8, B8 ou M8, et pour les factures rectificatives et avoirs chaque\
             ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        case "BR-FR-MV-14-EXT-FR-FE-138":
            """
            BR-FR-MV-14-EXT-FR-FE-138 : Date Facture antérieure manquant ligne … : Lorsque le cadre de\
             facturation (BT-23) est S8, B8 ou M8, et pour les factures rectificatives et avoirs \
            chaque ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        case "BR-FR-BD-14-EXT-FR-FE-136":
            """
            BR-FR-BD-14-EXT-FR-FE-136 : Num Facture antérieure manquant ligne … : Lorsque le cadre de \
            facturation (BT-23) est S9, B9 ou M9, et pour les factures rectificatives et avoirs chaque\
             ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        case "BR-FR-BD-14-EXT-FR-FE-138":
            """
            BR-FR-BD-14-EXT-FR-FE-138 : Date Facture antérieure manquant ligne … : Lorsque le cadre de\
             facturation (BT-23) est S9, B9 ou M9, et pour les factures rectificatives et avoirs \
            chaque ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        default:
            nil
        }
    }

    /// The text of a UBL rule, `nil` for an unknown identifier.
    static func ubl(_ id: String) -> String? {
        switch id {
        case "BR-FR-01_BT-1-1":
            """
            [BR-FR-01/BT-1] : L'identifiant de facture (cbc:ID) ne doit pas dépasser 35 caractères. \
            Valeur actuelle : "…". Veuillez vérifier que l'identifiant respecte cette limite.
            """
        case "BR-FR-01_BT-1-2":
            """
            [BR-FR-01/BT-1] : L'identifiant de facture (cbc:ID) contient des caractères non autorisés.\
             Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles + - _ / sont \
            autorisés, sans espaces.
            """
        case "BR-FR-01_BT-25-1":
            """
            [BR-FR-01/BT-25] : L'identifiant de facture référencée (cbc:ID) ne doit pas dépasser 35 \
            caractères. Valeur actuelle : "…". Veuillez vérifier que l'identifiant respecte cette \
            limite.
            """
        case "BR-FR-01_BT-25-2":
            """
            [BR-FR-01/BT-25] : L'identifiant de facture référencée (cbc:ID) contient des caractères \
            non autorisés. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles\
             + - _ / sont autorisés, sans espaces.
            """
        case "BR-FR-01_EXT-FR-FE-136-1":
            """
            [BR-FR-01/EXT-FR-FE-136 : L'identifiant de facture référencée en ligne (cbc:ID) ne doit \
            pas dépasser 35 caractères. Valeur actuelle : "…". Veuillez vérifier que l'identifiant \
            respecte cette limite.
            """
        case "BR-FR-01_BT-EXT-FR-FE-136-2":
            """
            [BR-FR-01/EXT-FR-FE-136] : L'identifiant de facture référencée en ligne (cbc:ID) contient \
            des caractères non autorisés. Valeur actuelle : "…". Seuls les caractères alphanumériques \
            et les symboles + - _ / sont autorisés, sans espaces.
            """
        case "BR-FR-02_BT-1":
            """
            [BR-FR-02/BT-1 : L'identifiant de facture (cbc:ID) doit être composé uniquement de \
            caractères alphanumériques (A-Z, a-z, 0-9) et peut contenir les caractères spéciaux \
            autorisés : tiret (-), plus (+), tiret bas (_), barre oblique (/). Il ne doit pas contenir\
             uniquement des espaces, ni commencer ou se terminer par un espace, ni contenir d'espaces \
            consécutifs. Valeur actuelle : "…". Veuillez corriger le format de l'identifiant.
            """
        case "BR-FR-02_BT-25":
            """
            [BR-FR-02/BT-25] : L'identifiant de facture référencée (cbc:ID) doit respecter le format \
            autorisé : caractères alphanumériques et les symboles - + _ /. Il ne doit pas contenir \
            uniquement des espaces, ni commencer ou se terminer par un espace, ni contenir d'espaces \
            consécutifs. Valeur actuelle : "…". Veuillez corriger le format de l'identifiant.
            """
        case "BR-FR-02_EXT-FR-FE-136":
            """
            [BR-FR-03/EXT-FR-FE-136] : L'identifiant de facture référencée en ligne (cbc:ID) doit \
            respecter le format autorisé : caractères alphanumériques et les symboles - + _ /. Il ne \
            doit pas contenir uniquement des espaces, ni commencer ou se terminer par un espace, ni \
            contenir d'espaces consécutifs. Valeur actuelle : "…". Veuillez corriger le format de \
            l'identifiant.
            """
        case "BR-FR-03_BT-2":
            """
            [BR-FR-03/BT-2] : La date d’émission doit contenir une année comprise entre 2000 et 2099, \
            au format AAAAMMJJ. Valeur actuelle : "…". Veuillez vérifier que l’année est correcte et \
            que le format est conforme.
            """
        case "BR-FR-03_BT-7":
            """
            [BR-FR-03/BT-7] : La date de fait générateur de la taxe doit contenir une année entre 2000\
             et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-9":
            """
            [BR-FR-03/BT-9] : La date d’échéance doit contenir une année entre 2000 et 2099. Valeur \
            actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-26":
            """
            [BR-FR-03/BT-26] : La date d’émission de la facture référencée doit contenir une année \
            entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-72":
            """
            [BR-FR-03/BT-72] : La date de livraison effective doit contenir une année entre 2000 et \
            2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-73":
            """
            [BR-FR-03/BT-73] : La date de début de période de facturation doit contenir une année \
            entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-74":
            """
            [BR-FR-03/BT-74] : La date de fin de période de facturation doit contenir une année entre \
            2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_EXT-FR-FE-138":
            """
            [BR-FR-03/EXT-FR-FE-138] : La date d’émission de la facture référencée en ligne doit \
            contenir une année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la \
            validité de la date.
            """
        case "BR-FR-03_EXT-FR-FE-158":
            """
            [BR-FR-03/EXT-FR-FE-158] : La date de livraison effective en ligne doit contenir une année\
             entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-134":
            """
            [BR-FR-03/BT-134] : La date de début de période de facturation en ligne doit contenir une \
            année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-03_BT-135":
            """
            [BR-FR-03/BT-135] : La date de fin de période de facturation en ligne doit contenir une \
            année entre 2000 et 2099. Valeur actuelle : "…". Veuillez vérifier la validité de la date.
            """
        case "BR-FR-04_BT-3":
            """
            [BR-FR-04/BT-3] : Le code type de document (cbc:InvoiceTypeCode") n’est pas autorisé. \
            Valeurs acceptées : 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, \
            502, 503. Valeur actuelle : "…". Veuillez utiliser un code conforme à la liste autorisée. \
            Les autres codes définis dans la norme UNTDID 1001 ne doivent pas être utilisés.
            """
        case "BR-FR-04_EXT-FR-FE-02":
            """
            [BR-FR-04/EXT-FR-FE-02] : Le code type de document référencé (cbc:DocumentTypeCode) n’est \
            pas autorisé. Valeurs acceptées : 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, \
            262, 381, 396, 502, 503. Valeur actuelle : "…". Veuillez utiliser un code conforme à la \
            liste autorisée.
            """
        case "BR-FR-04_EXT-FR-FE-137":
            """
            [BR-FR-04/EXT-FR-FE-137] : Le code type de document référencé en ligne \
            (cbc:DocumentTypeCode) n’est pas autorisé. Valeurs acceptées : 380, 389, 393, 501, 386, \
            500, 384, 471, 472, 473, 261, 262, 381, 396, 502, 503. Valeur actuelle : "…". Veuillez \
            utiliser un code conforme à la liste autorisée.
            """
        case "BR-FR-05_BT-22-1":
            """
            [BR-FR-05/BT-22] : La mention relative aux frais de recouvrement (code PMT) est absente. \
            Elle est obligatoire dans les notes (BG-3).
            """
        case "BR-FR-05_BT-22-2":
            """
            [BR-FR-05/BT-22] : La mention relative aux pénalités de retard (code PMD) est absente. \
            Elle est obligatoire dans les notes (BG-3).
            """
        case "BR-FR-05_BT-22-3":
            """
            [BR-FR-05/BT-22] : La mention relative à l’escompte ou à son absence (code AAB) est \
            absente. Elle est obligatoire dans les notes (BG-3).
            """
        case "BR-FR-06_BT-21-1":
            """
            [BR-FR-06/BT-21] : Le code sujet PMT (indemnité forfaitaire pour frais de recouvrement) ne\
             doit apparaître qu'une seule fois dans les notes (BG-3).
            """
        case "BR-FR-06_BT-21-2":
            """
            [BR-FR-06/BT-21] : Le code sujet PMD (pénalités de retard) ne doit apparaître qu'une seule\
             fois dans les notes (BG-3).
            """
        case "BR-FR-06_BT-21-3":
            """
            [BR-FR-06/BT-21] : Le code sujet AAB (mention d’escompte ou d’absence d’escompte) ne doit \
            apparaître qu'une seule fois dans les notes (BG-3).
            """
        case "BR-FR-06_BT-21-4":
            """
            [BR-FR-06/BT-21] : Le code sujet TXD (mention de taxe) ne doit apparaître qu'une seule \
            fois dans les notes (BG-3).
            """
        case "BR-FR-08_BT-23":
            """
            [BR-FR-08/BT-23] : La valeur du cadre de facturation (ram:ID) est absente ou n’est pas \
            autorisée. Valeurs acceptées : B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8,\
             S8, M8, B9, S9, M9. Valeur actuelle : "…". Veuillez utiliser une valeur conforme à la \
            liste des modes de facturation autorisés.
            """
        case "BR-FR-09_BT-29":
            """
            [BR-FR-09/BT-29] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_BT-46":
            """
            [BR-FR-09/BT-46] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_BT-60":
            """
            [BR-FR-09/BT-60] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-06":
            """
            [BR-FR-09/EXT-FR-FE-06] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-46":
            """
            [BR-FR-09/EXT-FR-FE-46] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-69":
            """
            [BR-FR-09/EXT-FR-FE-69] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-92":
            """
            [BR-FR-09/EXT-FR-FE-92] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-115":
            """
            [BR-FR-09/EXT-FR-FE-115] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-09_BT-71":
            """
            [BR-FR-09/BT-71] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. SIRET : \
            "…", SIREN : "…".
            """
        case "BR-FR-09_EXT-FR-FE-146":
            """
            [BR-FR-09/EXT-FR-FE-146] : Le SIRET doit contenir 14 chiffres et commencer par le SIREN. \
            SIRET : "…", SIREN : "…".
            """
        case "BR-FR-10_BT-30":
            """
            [BR-FR-10/BT-30] : Le SIREN du vendeur (CompanyID[@schemeID='0002']) est obligatoire et \
            doit être composé exactement de 9 chiffres. Valeur actuelle : "…". Veuillez renseigner un \
            identifiant SIREN valide.
            """
        case "BR-FR-11_BT-47":
            """
            [BR-FR-11/BT-47] : Si une note contient le code sujet BAR avec la valeur 'B2B', alors le \
            SIREN de l’acheteur (cbc:ID[@schemeID='0002']) est obligatoire et doit être composé \
            exactement de 9 chiffres. Valeur actuelle : "…". Veuillez renseigner un identifiant SIREN \
            valide.
            """
        case "BR-FR-12_BT-49":
            """
            [BR-FR-12/BT-49] : Le BT-49 (cbc:EndpointID) est obligatoire. Valeur actuelle : BT-49="…".
            """
        case "BR-FR-13_BT-34":
            """
            [BR-FR-13/BT-34] : Le BT-34 (cbc:EndpointID du vendeur) est obligatoire. Valeur actuelle :\
             BT-34="…".
            """
        case "BR-FR-15_BT-95_BT-102-1":
            """
            [BR-FR-15/BT-95/BT-102] : Code de catégorie de TVA invalide. Valeur actuelle : "…". \
            Veuillez utiliser un code valide : S, E, AE, K, G, O, Z.
            """
        case "BR-FR-15_BT-95_BT-102-2":
            """
            [BR-FR-15/BT-95/BT-102] : Les codes 'L' et 'M' ne sont pas pertinents en France. Valeur \
            actuelle : "…".
            """
        case "BR-FR-15_BT-118-1":
            """
            [BR-FR-15/BT-118] : Code de catégorie de TVA invalide. Valeur actuelle : "…". Veuillez \
            utiliser un code valide : S, E, AE, K, G, O, Z.
            """
        case "BR-FR-15_BT-118-2":
            """
            [BR-FR-15/BT-118] : Les codes 'L' et 'M' ne sont pas pertinents en France. Valeur actuelle\
             : "…".
            """
        case "BR-FR-15_BT-151-1":
            """
            [BR-FR-15/BT-151] : Code de catégorie de TVA invalide. Valeur actuelle : "…". Veuillez \
            utiliser un code valide : S, E, AE, K, G, O, Z.
            """
        case "BR-FR-08_BT-151-2":
            """
            [BR-FR-15/BT-151] : Les codes 'L' et 'M' ne sont pas pertinents en France. Valeur actuelle\
             : "…".
            """
        case "BR-FR-16_BT-96":
            """
            [BR-FR-16/BT-96] : Le taux de TVA (cbc:Percent) doit être exprimé en pourcentage sans \
            symbole « % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-16_BT-103":
            """
            [BR-FR-16/BT-103] : Le taux de TVA (cbc:Percent) doit être exprimé en pourcentage sans \
            symbole « % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-16_BT-119":
            """
            [BR-FR-16/BT-119] : Le taux de TVA (cbc:Percent) doit être exprimé en pourcentage sans \
            symbole « % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-16_BT-152":
            """
            [BR-FR-16/BT-152] : Le taux de TVA (cbc:Percent) doit être exprimé en pourcentage sans \
            symbole « % » et faire partie des valeurs autorisées. Taux fourni : "…".
            """
        case "BR-FR-17_BT-123":
            """
            [BR-FR-17/BT-123] : Le code de qualification de la pièce jointe "…" est invalide. Il doit \
            appartenir à la liste des codes autorisés. Veuillez corriger la valeur de BT-123.
            """
        case "BR-FR-18_BT-123":
            """
            [BR-FR-18/BT-123] : Il ne peut y avoir … document additionnel \
            (cac:AdditionalDocumentReference) dont la description (cbc:DocumentDescription) est \
            "LISIBLE". Nombre de documents trouvés : … . Veuillez supprimer les doublons ou corriger \
            les descriptions.
            """
        case "BR-FR-20_BT-21":
            """
            [BR-FR-20/BT-21] : Lorsqu’une note a pour code sujet « BAR » (cbc:SubjectCode), la valeur \
            associée (cbc:Note) doit être l’une des suivantes : B2B, B2BINT, B2C, OUTOFSCOPE, \
            ARCHIVEONLY. Valeur fournie : "…". Veuillez corriger la valeur ou retirer le code sujet « \
            BAR ».
            """
        case "BR-FR-21_BT-49":
            """
            [BR-FR-21/BT-49] : Si le traitement est BAR/B2B et que le type de document \
            (cbc:InvoiceTypeCode) n’est pas en autofacture (389, 501, 500, 471, 473, 261, 502), alors \
            le BT-49 (cbc:EndpointID) doit commencer par le SIREN (cbc:ID[@schemeID='0002']) et le \
            schemeID doit être égal à "0225". Valeurs actuelles : BAR = "…", EndpointID="…", \
            schemeID="…", SIREN="…".
            """
        case "BR-FR-22_BT-34":
            """
            [BR-FR-22/BT-34] : Si le traitement est BAR/B2B et que le type de document \
            (cbc:InvoiceTypeCode) est en autofacture (389, 501, 500, 471, 473, 261, 502), alors le \
            BT-34 (cbc:EndpointID du vendeur) doit commencer par le SIREN (cbc:ID[@schemeID='0002']) \
            et le schemeID doit être égal à "0225". Valeurs actuelles : EndpointID="…", schemeID="…", \
            SIREN="…".
            """
        case "BR-FR-23_BT-34":
            """
            [BR-FR-23/BT-34] : L'adresse électronique (cbc:EndpointID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_BT-49":
            """
            [BR-FR-23/BT-49] : L'adresse électronique (cbc:EndpointID) ne respecte pas le format \
            autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les symboles "-",\
             "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-12":
            """
            [BR-FR-23/EXT-FR-FE-12] : L'adresse électronique (cbc:EndpointID) ne respecte pas le \
            format autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les \
            symboles "-", "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-29":
            """
            [BR-FR-23/EXT-FR-FE-29] : L'adresse électronique (cbc:EndpointID) ne respecte pas le \
            format autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les \
            symboles "-", "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-52":
            """
            [BR-FR-23/EXT-FR-FE-52] : L'adresse électronique (cbc:EndpointID) ne respecte pas le \
            format autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les \
            symboles "-", "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-75":
            """
            [BR-FR-23/EXT-FR-FE-75] : L'adresse électronique (cbc:EndpointID) ne respecte pas le \
            format autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les \
            symboles "-", "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-98":
            """
            [BR-FR-23/EXT-FR-FE-98] : L'adresse électronique (cbc:EndpointID) ne respecte pas le \
            format autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les \
            symboles "-", "_", "." sont autorisés.
            """
        case "BR-FR-23_EXT-FR-FE-121":
            """
            [BR-FR-23/EXT-FR-FE-121] : L'adresse électronique (cbc:EndpointID) ne respecte pas le \
            format autorisé. Valeur actuelle : "…". Seuls les caractères alphanumériques et les \
            symboles "-", "_", "." sont autorisés.
            """
        case "BR-FR-24_BT-29":
            """
            [BR-FR-24/BT-29] : L'identifiant privé (cbc:ID) ne respecte pas le format autorisé. Valeur\
             actuelle : "…". Seuls les caractères alphanumériques et les symboles "-", "_", "." sont \
            autorisés.
            """
        case "BR-FR-24_BT-46":
            """
            [BR-FR-24/BT-46] : L'identifiant privé (cbc:ID) ne respecte pas le format autorisé. Valeur\
             actuelle : "…". Seuls les caractères alphanumériques et les symboles "-", "_", "." sont \
            autorisés.
            """
        case "BR-FR-25_BT-34":
            """
            [BR-FR-25/BT-34] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_BT-49":
            """
            [BR-FR-25/BT-49] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. Valeur \
            actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-12":
            """
            [BR-FR-25/EXT-FR-FE-12] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. \
            Valeur actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-29":
            """
            [BR-FR-25/EXT-FR-FE-29] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. \
            Valeur actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-52":
            """
            [BR-FR-25/EXT-FR-FE-52] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. \
            Valeur actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-75":
            """
            [BR-FR-25/EXT-FR-FE-75] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. \
            Valeur actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-98":
            """
            [BR-FR-25/EXT-FR-FE-98] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères. \
            Valeur actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-25_EXT-FR-FE-121":
            """
            [BR-FR-25/EXT-FR-FE-121] : L'adresse électronique (cbc:EndpointID) dépasse 125 caractères.\
             Valeur actuelle : "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-26_BT-29":
            """
            [BR-FR-26/BT-29] : L'identifiant privé (cbc:ID) dépasse 100 caractères. Valeur actuelle : \
            "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-26_BT-46":
            """
            [BR-FR-26/BT-46] : L'identifiant privé (cbc:ID) dépasse 100 caractères. Valeur actuelle : \
            "…". Veuillez raccourcir cette valeur pour respecter la limite.
            """
        case "BR-FR-27_BG-32":
            """
            [BR-FR-27/BG-32] : Le groupe Attribut d’article (BG-32) doit contenir soit un nom \
            d’attribut d’article (BT-160 : cbc:Name), soit un code d’attribut d’article (EXT-FR-FE-159\
             : cbc:NameCode). Aucun des deux éléments n’a été trouvé dans le contexte \
            /cac:Item/cac:AdditionalItemProperty. Veuillez ajouter au moins l’un des deux éléments \
            pour respecter la structure attendue.
            """
        case "BR-FR-27_BT-160":
            """
            [BR-FR-27/BT-160] : Le nom d’attribut d’article (cbc:Name) ne doit pas être vide. Valeur \
            actuelle : "…". Veuillez fournir un nom d’attribut valide ou utiliser un code à la place.
            """
        case "BR-FR-27_EXT-FR-FE-159":
            """
            [BR-FR-27/EXT-FR-FE-159] : Le code d’attribut d’article (cbc:NameCode) ne doit pas être \
            vide. Valeur actuelle : "…". Veuillez fournir un code d’attribut valide ou utiliser un nom\
             à la place.
            """
        case "BR-FR-28-Value":
            """
            [BR-FR-28] : La valeur d’attribut (cbc:Value) ou la valeur (cbc:ValueQuantity avec unité \
            de mesure) doivent être présents, mais pas les deux Valeur actuelle Value : "…", Valeur \
            actuelle Value Quantity : "…". unité de mesure : "…" Veuillez fournir une valeur \
            d’attribut valide ou utiliser une Valeur avec unité de mesure.
            """
        case "BR-FR-29_BT-18":
            """
            [BR-FR-29/BT-18] : Parmi les identifiants d’objets facturés (BT-18), les schémas \
            d’identification "AFL" et "AVV" ne doivent être présents qu’une seule fois chacun. \
            Actuellement : AFL = … occurrence(s), AVV = … occurrence(s). Veuillez supprimer les \
            doublons pour respecter la règle.
            """
        case "BR-FR-29_AFL":
            """
            [BR-FR-29/AFL] : L’identifiant associé au schéma "AFL" (cbc:ID) ne doit pas être vide. \
            Valeur actuelle : "…".
            """
        case "BR-FR-29_AVV":
            """
            [BR-FR-29/AVV] : L’identifiant associé au schéma "AVV" (cbc:ID) ne doit pas être vide. \
            Valeur actuelle : "…".
            """
        case "BR-FR-30_BT-128":
            """
            [BR-FR-30/BT-128] : Parmi les identifiants d’objets facturés à la ligne (BT-128), les \
            schémas d’identification "AFL" et "AVV" ne doivent être présents qu’une seule fois chacun.\
             Actuellement : AFL = … occurrence(s), AVV = … occurrence(s). Veuillez supprimer les \
            doublons pour respecter la règle.
            """
        case "BR-FR-30_AFL":
            """
            [BR-FR-30/AFL] : L’identifiant associé au schéma "AFL" (cbc:ID) ne doit pas être vide. \
            Valeur actuelle : "…".
            """
        case "BR-FR-30_AVV":
            """
            [BR-FR-30/AVV] : L’identifiant associé au schéma "AVV" (cbc:ID) ne doit pas être vide. \
            Valeur actuelle : "…".
            """
        case "BR-FR-30_BT-21":
            """
            [BR-FR-31/BT-21] : Lorsque plusieurs notes ont le code sujet « BAR » (BT-21), Il ne peut y\
             avoir qu'une seule valeur associée (BT-22, contenu de la note) parmi l’une des suivantes \
            : B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE, ARCHIVEONLY. Valeur fournie : B2B : … , B2BINT : …\
             , B2C : … , OUTOFSCOPE : … , ARCHIVEONLY : … ". Veuillez corriger la valeur ou retirer le\
             code sujet « BAR ».
            """
        case "BR-FR-32-LEGALID":
            """
            [BR-FR-32/LEGALID] : Tout identifiant légal d'une Partie avec schemeID = '0002' DOIT être \
            composé de 9 chiffres.
            """
        case "BR-FR-32-ID":
            """
            [BR-FR-32/ID] : Tout identifiant d'une Partie avec schemeID = '0002' DOIT être composé de \
            9 chiffres.
            """
        case "BR-FR-CO-03_BT-3":
            """
            [BR-FR-CO-03/BT-3] : Si le code type de la facture (BT-3) est égal à 262 (Avoir Remise \
            Globale), alors : - Le numéro de contrat (BT-12) doit être présent - La période de \
            facturation (BG-14) doit être renseignée (dates de début et de fin). Valeurs actuelles : \
            BT-12="…", période=" … à … ".
            """
        case "BR-FR-CO-04_BT-3":
            """
            [BR-FR-CO-04/BT-3] : Si le type de facture (BT-3) est une facture rectificative (384, 471,\
             472, 473), alors **une et une seule** référence à une facture antérieure (BT-25) avec sa \
            date (BT-26) doit être présente. Nombre de références valides trouvées : … .
            """
        case "BR-FR-CO-05_BT-3":
            """
            [BR-FR-CO-05/BT-3] : Si le type de facture (BT-3) est un avoir (261, 381, 396, 502, 503), \
            alors : - soit au moins une référence à une facture antérieure (BT-25) avec sa date \
            (BT-26) doit être présente au niveau entête, - soit chaque ligne (BG-25) doit contenir une\
             référence à une facture antérieure (EXT-FR-FE-136) avec sa date (EXT-FR-FE-138). \
            Références entête trouvées : … . Nbline : … LineREF : … N° Facture : …
            """
        case "BR-FR-CO-07_BT-9":
            """
            [BR-FR-CO-07/BT-9] : La date d’échéance (BT-9), si présente, doit être postérieure ou \
            égale à la date de facture (BT-2), sauf si la facture est de type acompte (386, 500, 503) \
            ou si le cadre de facturation (BT-23) est B2, S2 ou M2. Valeurs actuelles : Date facture =\
             "…", Date échéance = "…", Type = "…", Cadre = "…".
            """
        case "BR-FR-CO-08_BT-23":
            """
            [BR-FR-CO-08/BT-23] : Si le cadre de facturation (BT-23) est B4, S4 ou M4 (factures \
            définitives après acompte), alors le type de facture (BT-3) ne peut pas être une facture \
            ou un avoir d’acompte (386, 500, 503). Valeurs actuelles : BT-23="…", BT-3="…".
            """
        case "BR-FR-CO-09_BT-23-1":
            """
            [BR-FR-CO-09/BT-23] : Si le cadre de facturation (BT-23) est B2, S2 ou M2 (facture déjà \
            payée), alors le montant déjà payé (BT-113) doit être égal au montant total TTC (BT-112). \
            Montant payé : … , Montant total : … .
            """
        case "BR-FR-CO-09_BT-23-2":
            """
            [BR-FR-CO-09/BT-23] : Si le cadre de facturation (BT-23) est B2, S2 ou M2, alors le net à \
            payer (BT-115) doit être égal à 0. Net à payer : … .
            """
        case "BR-FR-CO-09_BT-23-3":
            """
            [BR-FR-CO-09/BT-23] : Si le cadre de facturation (BT-23) est B2, S2 ou M2, alors la date \
            d’échéance (BT-9) doit être renseignée et correspondre à la date de paiement. Date \
            d’échéance actuelle : … .
            """
        case "BR-FR-CO-10_BT-29-1":
            """
            [BR-FR-CO-10/BT-29] : Chaque identifiant global du vendeur (BT-29) doit avoir un attribut \
            schemeID (BT-29-1).
            """
        case "BR-FR-CO-10_BT-29-2":
            """
            [BR-FR-CO-10/BT-29] : Chaque schemeID ne peut apparaître qu’une seule fois dans \
            l'identifiant privé du vendeur (BT-29).
            """
        case "BR-FR-CO-10_BT-46-1":
            """
            [BR-FR-CO-10/BT-46] : Si l’identifiant global de l'acheteur (BT-46) est renseigné, alors \
            son schéma (BT-46-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-46-2":
            """
            [BR-FR-CO-10/BT-46] : Chaque schemeID ne peut apparaître qu’une seule fois dans \
            l'identifiant privé de l'acheteur (BT-46).
            """
        case "BR-FR-CO-10_BT-60-1":
            """
            [BR-FR-CO-10/BT-60] : Si l’identifiant global du bénéficiaire (BT-60) est renseigné, alors\
             son schéma (BT-60-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-60-2":
            """
            [BR-FR-CO-10/BT-60] : Chaque schemeID ne peut apparaître qu’une seule fois dans \
            l'identifiant privé du bénéficiaire (BT-60).
            """
        case "BR-FR-CO-10_EXT-FR-FE-06-1":
            """
            [BR-FR-CO-10/EXT-FR-FE-06] : Si l’identifiant global de l'agent d'acheteur (EXT-FR-FE-06) \
            est renseigné, alors son schéma (EXT-FR-FE-07) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-06-2":
            """
            [BR-FR-CO-10/EXT-FR-FE-06] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé de l'agent d'acheteur (EXT-FR-FE-06).
            """
        case "BR-FR-CO-10_EXT-FR-FE-46-1":
            """
            [BR-FR-CO-10/EXT-FR-FE-46] : Si l’identifiant global du payeur (EXT-FR-FE-46) est \
            renseigné, alors son schéma (EXT-FR-FE-47) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-46-2":
            """
            [BR-FR-CO-10/EXT-FR-FE-46] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du payeur (EXT-FR-FE-46).
            """
        case "BR-FR-CO-10_EXT-FR-FE-69-1":
            """
            [BR-FR-CO-10/EXT-FR-FE-69] : Si l’identifiant global de l'agent du vendeur (EXT-FR-FE-69) \
            est renseigné, alors son schéma (EXT-FR-FE-70) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-69-2":
            """
            [BR-FR-CO-10/EXT-FR-FE-69] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé de l'agent du vendeur (EXT-FR-FE-69).
            """
        case "BR-FR-CO-10_EXT-FR-FE-92-1":
            """
            [BR-FR-CO-10/EXT-FR-FE-92] : Si l’identifiant global du facturé à (EXT-FR-FE-92) est \
            renseigné, alors son schéma (EXT-FR-FE-92-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-92-2":
            """
            [BR-FR-CO-10/EXT-FR-FE-92] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du facturé à (EXT-FR-FE-92).
            """
        case "BR-FR-CO-10_EXT-FR-FE-115-1":
            """
            [BR-FR-CO-10/EXT-FR-FE-115] : Si l’identifiant global du facturant (EXT-FR-FE-115) est \
            renseigné, alors son schéma (EXT-FR-FE-116) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-115-2":
            """
            [BR-FR-CO-10/EXT-FR-FE-115] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du facturant (EXT-FR-FE-115).
            """
        case "BR-FR-CO-10_BT-71-1":
            """
            [BR-FR-CO-10/BT-71] : Si l’identifiant global du livré à (BT-71) est renseigné, alors son \
            schéma (BT-71-1) doit également être renseigné.
            """
        case "BR-FR-CO-10_BT-71-2":
            """
            [BR-FR-CO-10/BT-71] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du livré à (BT-71).
            """
        case "BR-FR-CO-10_EXT-FR-FE-146-1":
            """
            BR-FR-CO-10/EXT-FR-FE-146] : Si l’identifiant global du livré à à la ligne (EXT-FR-FE-146 \
            ) est renseigné, alors son schéma (EXT-FR-FE-148) doit également être renseigné.
            """
        case "BR-FR-CO-10_EXT-FR-FE-146-2":
            """
            [BR-FR-CO-10/EXT-FR-FE-146] : Chaque schemeID ne peut apparaître qu’une seule fois ans \
            l'identifiant privé du livré à à la ligne (EXT-FR-FE-146 ).
            """
        case "BR-FR-CO-12_BT-5":
            """
            [BR-FR-CO-12/BT-5] : Si la devise de facture (BT-5) est différente de EUR, alors : - la \
            devise de comptabilité (BT-6) doit être présente et égale à EUR, - le montant de TVA en \
            devise de comptabilité (BT-111) doit être renseigné, - et sa devise (BT-111-1) doit être \
            égale à EUR. Valeurs actuelles : BT-5="…", BT-6="…", BT-111="…"/>".
            """
        case "BR-FR-CO-14_BT-29-1":
            """
            [BR-FR-CO-14/BT-29-1] : Si le schéma d’identification du vendeur (BT-29-1) est '0231', \
            cela signifie qu’il est membre d’un assujetti unique. Dans ce cas, une note (BG-1) avec le\
             code sujet 'TXD' (BT-21) et le texte 'MEMBRE_ASSUJETTI_UNIQUE' (BT-22) doit être présente\
             et non "…"
            """
        case "BR-FR-CO-15_BT-29-1":
            """
            [BR-FR-CO-15/BT-29-1] : Si le vendeur est membre d’un assujetti unique (BT-29-1 = 0231), \
            alors le bloc représentant fiscal (BG-11) doit être présent et contenir le numéro de TVA \
            de l’assujetti unique (BT-63). État actuel : représentant fiscal … , numéro de TVA = "…".
            """
        case "BR-FR-DEC-01_BT-93_BT-100":
            """
            [BR-FR-DEC-01/BT-93/BT-100] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-92_BT-99":
            """
            [BR-FR-DEC-01/BT-92/BT-99] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-106":
            """
            [BR-FR-DEC-01/BT-106] : Le montant « … » est invalide.Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-107":
            """
            [BR-FR-DEC-01/BT-107] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-108":
            """
            [BR-FR-DEC-01/BT-108] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-109":
            """
            [BR-FR-DEC-01/BT-109] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-110":
            """
            [BR-FR-DEC-01/BT-110] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-111":
            """
            [BR-FR-DEC-01/BT-111] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-112":
            """
            [BR-FR-DEC-01/BT-112] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-113":
            """
            [BR-FR-DEC-01/BT-113] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-114":
            """
            [BR-FR-DEC-01/BT-114] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-115":
            """
            [BR-FR-DEC-01/BT-115] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-116":
            """
            [BR-FR-DEC-01/BT-116] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-117":
            """
            [BR-FR-DEC-01/BT-117] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-131":
            """
            [BR-FR-DEC-01/BT-131] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-136_BT-141":
            """
            [BR-FR-DEC-01/BT-136/BT-141] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-01_BT-137_BT-142":
            """
            [BR-FR-DEC-01/BT-137/BT-142] : Le montant « … » est invalide. Il doit comporter au plus 2 \
            décimales, être exprimé avec un point comme séparateur, et ne pas dépasser 19 caractères \
            (hors séparateur). Le signe « - » est autorisé. Veuillez corriger ce montant.
            """
        case "BR-FR-DEC-02_BT-129":
            """
            [BR-FR-DEC-02/BT-129] : La quantité « … » est invalide. Elle doit : - être un nombre avec \
            au plus 4 décimales (séparateur « . »), - contenir au maximum 19 caractères (hors \
            séparateur), - et peut commencer par un signe « - ». Veuillez corriger cette quantité pour\
             respecter le format requis.
            """
        case "BR-FR-DEC-02_BT-149":
            """
            [BR-FR-DEC-02/BT-149] : La quantité de base du prix « … » est invalide. Elle doit : - être\
             un nombre avec au plus 4 décimales (séparateur « . »), - contenir au maximum 19 \
            caractères (hors séparateur), - et peut commencer par un signe « - ». Veuillez corriger \
            cette quantité pour respecter le format requis.
            """
        case "BR-FR-DEC-03_BT-146":
            """
            [BR-FR-DEC-03/BT-146] : Le montant « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 6 décimales (séparateur « . \
            »), - contenir au maximum 19 caractères (hors séparateur). Veuillez corriger ce montant \
            pour respecter le format requis.
            """
        case "BR-FR-DEC-03_BT-147":
            """
            [BR-FR-DEC-03/BT-147] : Le montant « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 6 décimales (séparateur « . \
            »), - contenir au maximum 19 caractères (hors séparateur). Veuillez corriger ce montant \
            pour respecter le format requis.
            """
        case "BR-FR-DEC-03_BT-148":
            """
            [BR-FR-DEC-03/BT-148] : Le montant « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 6 décimales (séparateur « . \
            »), - contenir au maximum 19 caractères (hors séparateur). Veuillez corriger ce montant \
            pour respecter le format requis.
            """
        case "BR-FR-DEC-04_BT-96_BT-103":
            """
            [BR-FR-DEC-04/BT-96 ou BT-103] : Le taux de TVA « … » est invalide. Il doit : - être un \
            nombre strictement positif (sans signe « - »), - comporter au plus 2 décimales (séparateur\
             « . »), - contenir au maximum 4 caractères (hors séparateur). Veuillez corriger ce taux \
            pour respecter le format requis.
            """
        case "BR-FR-DEC-04_BT-119":
            """
            [BR-FR-DEC-04/BT-119] : Le taux de TVA « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 2 décimales (séparateur « . \
            »), - contenir au maximum 4 caractères (hors séparateur). Veuillez corriger ce taux pour \
            respecter le format requis.
            """
        case "BR-FR-DEC-04_BT-152":
            """
            [BR-FR-DEC-04/BT-152] : Le taux de TVA « … » est invalide. Il doit : - être un nombre \
            strictement positif (sans signe « - »), - comporter au plus 2 décimales (séparateur « . \
            »), - contenir au maximum 4 caractères (hors séparateur). Veuillez corriger ce taux pour \
            respecter le format requis.
            """
        case "BR-FR-MV-01_EXT-FR-FE-163":
            """
            [BR-FR-MV-01/EXT-FR-FE-163] : Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou \
            S9, B9, M9, chaque ligne (BG-25) doit contenir un sous-type de ligne EXT-FR-FE-163. Cadre \
            de facturation "…", ligne "…". Numéro de facture : ligne "…", Présence Bloc \
            BillingReference avec num Fact (true / false) : "…". Veuillez vérifier que le sous-type \
            est renseigné pour toutes les lignes.
            """
        case "BR-FR-MV-02_EXT-FR-FE-163":
            """
            [BR-FR-MV-02/EXT-FR-FE-163] :,Lorsque le cadre de facturation (BT-23) est S8, B8 ou M8, la\
             facture doit contenir au moins une ligne (BG-25) avec le sous-type de ligne EXT-FR-FE-163\
             égal à "GROUP" et sans identifiant de ligne parent EXT-FR-FE-162. Veuillez vérifier que \
            cette ligne est présente.
            """
        case "BR-FR-BD-02_EXT-FR-FE-163":
            """
            BR-FR-BD-02/EXT-FR-FE-163 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou M9, la \
            facture doit contenir exactement deux ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID). Veuillez vérifier que cette ligne est présente.
            """
        case "BR-FR-BD-02_BT-30":
            """
            invoiceID : … BR-FR-BD-02/BT-30 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou \
            M9, la facture doit contenir exactement deux ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID), pour lesquelles l'une a pour ID legal Vendeur à la ligne \
            (EXT-FR-FE-167) l'ID légal du VENDEUR (BT-30). Veuillez vérifier qu'il y a une ligne GROUP\
             avec ID Vendeur de ligne = ID VENDEUR (BT-30).
            """
        case "BR-FR-BD-02_BT-47":
            """
            invoiceID : … BR-FR-BD-02/BT-47 : Lorsque le cadre de facturation (BT-23) est S9, B9 ou \
            M9, la facture doit contenir exactement deux ligne (BG-25) avec le sous-type de ligne \
            (ram:LineStatusReasonCode) égal à "GROUP" et sans identifiant de ligne parent \
            (ram:ParentLineID), pour lesquelles l'une a pour ID légale de Vendeur à la ligne \
            (EXT-FR-FE-167) l'ID légal de l'ACHETEUR (BT-47). Veuillez vérifier qu'il y a une ligne \
            GROUP avec ID Vendeur de ligne = ID ACHETEUR (BT-47).
            """
        case "BR-FR-MV-03_EXT-FR-FE-164":
            """
            [BR-FR-MV-03/EXT-FR-FE-164] : Ligne : … : Valeur actuelle : "…". Lorsque le cadre de \
            facturation (BT-23) est S8, B8, M8 ou S9, B9, M9 et que la ligne est de type GROUP sans \
            parent, le nom du vendeur (EXT-FR-FE-164) doit être renseigné.
            """
        case "BR-FR-MV-03_EXT-FR-FE-167":
            """
            [BR-FR-MV-03/EXT-FR-FE-167] : Ligne : … : Valeur actuelle : "…". Lorsque le cadre de \
            facturation (BT-23) est S8, B8, M8 ou S9, B9, M9 et que la ligne est de type GROUP sans \
            parent, l'identifiant du vendeur (EXT-FR-FE-167) doit être renseigné.
            """
        case "BR-FR-MV-03_EXT-FR-FE-177":
            """
            [BR-FR-MV-03/EXT-FR-FE-177] : Ligne : … : Valeur actuelle : " … '. Lorsque le cadre de \
            facturation (BT-23) est S8, B8, M8 ou S9, B9, M9 et que la ligne est de type GROUP sans \
            parent, le code pays du vendeur (EXT-FR-FE-177) doit être renseigné.
            """
        case "BR-FR-MV-03_EXT-FR-FE-181":
            """
            [BR-FR-MV-03/EXT-FR-FE-181] : Ligne : … , Valeur actuelle : "…". Pour une ligne GROUP sans\
             parent, le montant total avec TVA (EXT-FR-FE-181) doit être renseigné en devise de \
            facture.
            """
        case "BR-FR-MV-03_EXT-FR-FE-182":
            """
            [BR-FR-MV-03/EXT-FR-FE-182] : Ligne : … , Devise de comptabilité : "…", TVA en ligne : \
            "…". Pour une ligne GROUP sans parent, le montant total avec TVA (EXT-FR-FE-182) doit être\
             renseigné en devise de comptabilisation (BT-6) si elle est renseignée.
            """
        case "BR-FR-MV-03_BT-128_AFL":
            """
            [BR-FR-MV-03/BT-128] : Pour une ligne GROUP sans parent, une valeur d'objet facturé \
            (BT-128) avec identifiant de schéma (BT-128-1) = AFL doit être présente (numéroe de \
            sous-facture) : Ligne : …
            """
        case "BR-FR-MV-03_BT-128_AVV":
            """
            [BR-FR-MV-03/BT-128] : Pour une ligne GROUP sans parent, une valeur d'objet facturé \
            (ram:IssuerAssignedID) avec identifiant de schéma (ram:ReferenceTypeCode) = AVV doit être \
            présente et différente de S8, B8, M8 ou S9, B9, M9 : Ligne : …
            """
        case "BR-FR-MV-05_EXT-FR-FE-BG-12":
            """
            [BR-FR-MV-05/EXT-FR-FE-BG-12] : Num Fact : … - Ligne GROUP : … , Somme Sous lignes : … , \
            Nbre sous-lignes: … . Valeur actuelle : "…". Lorsque le cadre de facturation (BT-23) est \
            S8, B8, M8 ou S9, B9, M9, le total HT (ram:LineTotalAmount) de la ligne GROUP doit être \
            égal (tolérance ±0,01 * nombre de sous-lignes) à la somme des totaux HT des lignes enfants\
             dont le ParentLineID correspond à l'identifiant de la ligne GROUP (ram:LineID).
            """
        case "BR-FR-MV-06_EXT-FR-FE-167":
            """
            [BR-FR-MV-06/EXT-FR-FE-167] : IDligne … , ID parent ligne … , legalID : … , ParentlegalID \
            : … . Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, chaque ligne \
            (BG-25) doit contenir un identifiant légal de vendeur (ram:ID). Si la ligne a un \
            identifiant de ligne parent (ram:ParentLineID), cet identifiant doit être identique à \
            celui de la ligne parent.
            """
        case "BR-FR-MV-07_BT-128":
            """
            [BR-FR-MV-07/BT-128] : IDligne … , ID parent ligne … , numfact en ligne … , numfact ligne \
            parent : … . Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, chaque \
            ligne (BG-25) doit contenir un numéro de facture codifié AFL (BT-128). Si la ligne a un \
            identifiant de ligne parent (EXT-FR-FE-162), ce numéro doit être identique à celui de la \
            ligne parent.
            """
        case "BR-FR-MV-08_BT-128":
            """
            [BR-FR-MV-08/BT-128] : IDligne … , Raison exemption : … - Num fact ligne: … . Lorsque le \
            cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, chaque ligne (BG-25) doit \
            contenir une raison d'exemption TVA en texte commençant par le numéro de sous-facture en \
            ligne entre #.
            """
        case "BR-FR-MV-09_EXT-FR-FE-181":
            """
            [BR-FR-MV-09/EXT-FR-FE-181] : Id Line Group : … , Numfact: … , Total TVA : … , Somme TVA :\
             … . Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, le montant \
            total TVA de la ligne GROUP (EXT-FR-FE-181) doit être égal à la somme des montants de TVA \
            des ventilations TVA (BT-117) dont la raison d'exemption (ram:ExemptionReason) commence \
            par le numéro de facture en ligne (BT-128 avec ReferenceTypeCode = AFL) entre #.
            """
        case "BR-FR-MV-10_EXT-FR-FE-184":
            """
            [BR-FR-MV-10/EXT-FR-FE-184] : Id Line Group : … , nb sous-ligne : … , TTC : … , TVA : … , \
            HT : … Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, si le montant\
             total avec TVA (EXT-FR-FE-184) est présent pour une ligne GROUP sans parent, alors la \
            différence entre ce montant et la somme du montant HT (BT-131) et du montant TVA \
            (EXT-FR-FE-181) doit être inférieure ou égale à 0,01 × le nombre de sous-lignes DETAIL. \
            Valeur actuelle : " … '.
            """
        case "BR-FR-MV-11_BT-128":
            """
            [BR-FR-MV-11/BT-128]-ID Seller : … , NB ligne GROUP seller : … Numero de facture (BT-1) : \
            … , Nb de Ligne GROUP avec Num fact : … , NumFact de ligne : … . \
            [BR-FR-MV-11/BT-128]Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, M9, \
            si le Vendeur principal identifié dans le bloc Vendeur (BG-4) de la facture au travers de \
            son identifiant légal (BT-30) dispose d'un groupe de lignes de facturation, alors il doit \
            exister au moins une ligne (BG-25) avec sous-type de ligne (EXT-FR-FE-163) = "GROUP" et \
            sans identifiant de ligne Parent (EXT-FR-FE-162), pour laquelle le numéro de facture à la \
            ligne (Valeur de BT-128 avec BT-128-1 = AFL) est égal au numéro de facture (BT-1).
            """
        case "BR-FR-MV-12_BT-128":
            """
            [BR-FR-MV-12/BT-128] : Lorsque le cadre de facturation (BT-23) est S8, B8, M8 ou S9, B9, \
            M9, les numéros de facture à la ligne (ram:IssuerAssignedID avec ReferenceTypeCode = AFL) \
            pour les lignes GROUP sans parent doivent être uniques. Veuillez vérifier que chaque \
            numéro est distinct.
            """
        case "BR-FR-MV-13_BT-3":
            """
            [BR-FR-MV-13/BT-3] : Lorsque le cadre de facturation (BT-23) est S8, B8 ou M8, le code \
            type de facture (ram:TypeCode) ne doit pas être l'un des types auto-facturés suivants : \
            389, 261, 501, 500, 502, 471, 473. Valeur actuelle : " … '.
            """
        case "BR-FR-MV-BD_BT-3":
            """
            [BR-FR-BD-13/BT-3] : Lorsque le cadre de facturation (BT-23) est S9, B9 ou M9, le code \
            type de facture (ram:TypeCode) DOIT être l'un des types auto-facturés suivants : 389, 261,\
             501, 500, 502, 471, 473. Valeur actuelle : " … '.
            """
        case "BR-FR-MV-14-EXT-FR-FE-136":
            """
            BR-FR-MV-14-EXT-FR-FE-136 : Num Facture antérieure manquant ligne … : Lorsque le cadre de \
            facturation (BT-23) est S8, B8 ou M8, et pour les factures rectificatives et avoirs chaque\
             ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        case "BR-FR-MV-14-EXT-FR-FE-138":
            """
            BR-FR-MV-14-EXT-FR-FE-138 : Date Facture antérieure manquant ligne … : Lorsque le cadre de\
             facturation (BT-23) est S8, B8 ou M8, et pour les factures rectificatives et avoirs \
            chaque ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        case "BR-FR-BD-14-EXT-FR-FE-136":
            """
            BR-FR-BD-14-EXT-FR-FE-136 : Num Facture antérieure manquant ligne … : Lorsque le cadre de \
            facturation (BT-23) est S9, B9 ou M9, et pour les factures rectificatives et avoirs chaque\
             ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        case "BR-FR-BD-14-EXT-FR-FE-138":
            """
            BR-FR-BD-14-EXT-FR-FE-138 : Date Facture antérieure manquant ligne … : Lorsque le cadre de\
             facturation (BT-23) est S9, B9 ou M9, et pour les factures rectificatives et avoirs \
            chaque ligne (BG-25) avec un sous-type de ligne (EXT-FR-FE-163) égal à "GROUP" et sans \
            identifiant de ligne Parent (EXT-FR-FE-162) doit comprendre un identifiant de facture \
            antérieure à la ligne (EXT-FR-FE-136) ainsi que sa date (EXT-FR-FE-138).
            """
        default:
            nil
        }
    }
}
