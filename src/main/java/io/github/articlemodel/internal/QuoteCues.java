package io.github.articlemodel.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language tables of the quotes stage: reporting verbs and phrases ("said", "according to",
 * "sagte", "a déclaré", "aldus", "dijo"), pronouns with their gender, honorifics and titles, role
 * nouns, the head words of organisation and place names, and the small function words that bound a
 * speaker phrase. English, German, French, Dutch and Spanish, with a little Italian. Words are
 * looked up lower-cased; nothing here names a site or a person.
 */
public final class QuoteCues {
    private QuoteCues() {}

    /** What a cue word does in a sentence. */
    public enum CueKind {
        /** A finite reporting verb: the speaker stands before it or, inverted, right after it ("said"). */
        VERB,
        /** A participle: the speaker is the subject of the clause ("..., saying", "adding that"). */
        PARTICIPLE,
        /** A preposition: the speaker follows it ("according to", "laut", "selon", "aldus"). */
        SOURCE,
        /** A postposition: the speaker stands right before it ("X zufolge"). */
        SOURCE_AFTER,
        /** A verb that only attributes when it stands right next to the quote ("suggested", "reads"). */
        WEAK,
        /** A verb that names rather than reports unless a person is its subject ("called", "dubbed"). */
        NAMING,
        /**
         * A verb form of reported speech that is no reporting verb (German Konjunktiv I: "er wolle",
         * "sie sei"): it attributes only to a person, and records no cue.
         */
        REPORTED
    }

    /** Pronoun reference classes. */
    public enum Pronoun {
        MALE, FEMALE, FEMALE_OR_PLURAL, PLURAL, NEUTER
    }

    private static final Map<String, CueKind> CUES = new HashMap<>();
    /** The first words of every cue phrase of more than one word ("pointed", "according"), joined by spaces. */
    private static final Set<String> CUE_STARTS = new HashSet<>();
    /** Longest cue in words, for the phrase look-up. */
    private static int maxCueWords = 1;

    private static void cues(CueKind kind, String words) {
        for (String w : words.trim().split("\\s*\\|\\s*")) {
            if (!w.isEmpty()) {
                CUES.putIfAbsent(w, kind);
                maxCueWords = Math.max(maxCueWords, w.split(" ").length);
                for (int k = w.indexOf(' '); k > 0; k = w.indexOf(' ', k + 1)) {
                    CUE_STARTS.add(w.substring(0, k));
                }
            }
        }
    }

    /** English regular verbs: the -s, -ed and -ing forms are built from the stem. */
    private static void englishRegular(String stems) {
        for (String s : stems.trim().split("\\s+")) {
            String third;
            String past;
            String ing;
            if (s.endsWith("e")) {
                third = s + "s";
                past = s + "d";
                ing = s.substring(0, s.length() - 1) + "ing";
            } else if (s.endsWith("y") && !s.endsWith("ay") && !s.endsWith("ey")) {
                third = s.substring(0, s.length() - 1) + "ies";
                past = s.substring(0, s.length() - 1) + "ied";
                ing = s + "ing";
            } else if (s.endsWith("s") || s.endsWith("sh") || s.endsWith("ch") || s.endsWith("x")) {
                third = s + "es";
                past = s + "ed";
                ing = s + "ing";
            } else {
                third = s + "s";
                past = s + "ed";
                ing = s + "ing";
            }
            cues(CueKind.VERB, third + "|" + past);
            cues(CueKind.PARTICIPLE, ing);
        }
    }

    static {
        // English.
        cues(CueKind.VERB, "said|says|told|tells|wrote|writes|written|put it|puts it|summed up|sums up|pointed out"
                + "|points out|spelled out|went on|goes on|shot back|fired back|chimed in|weighed in|read out");
        cues(CueKind.PARTICIPLE, "saying|telling|writing|pointing out|summing up|going on");
        englishRegular("add stress emphasize emphasise warn note explain ask insist argue declare reply announce admit"
                + " claim continue recall vow tweet state remark observe acknowledge concede describe urge complain"
                + " counter respond answer confirm deny predict promise report reveal joke quip caution conclude"
                + " instruct shout yell whisper muse lament boast plead demand testify accuse recount exclaim reaffirm"
                + " assert contend allege mention comment retort scream sigh reflect concur underline stress affirm"
                + " maintain charge");
        cues(CueKind.VERB, "admitted|quipped|regretted|retorted");
        cues(CueKind.PARTICIPLE, "admitting|quipping");
        cues(CueKind.WEAK, "suggested|suggests|posted|posts|reads|read|agreed|agrees|laughed|smiled|shrugged|nodded");
        cues(CueKind.NAMING, "called|calls|calling|dubbed|dubs|termed|terms|labelled|labeled|labels|named|nicknamed"
                + "|branded|brands");
        cues(CueKind.SOURCE, "according to|in the words of|as quoted by|quoting");
        // German.
        cues(CueKind.VERB, "sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|betonte|betont|betonten|meinte|meint"
                + "|schrieb|schreibt|schrieben|fügte|fügt|ergänzte|ergänzt|warnte|warnt|berichtete|berichtet|erzählte"
                + "|erzählt|kritisierte|kritisiert|forderte|fordert|räumte|räumt|teilte|teilt|verkündete|verkündet"
                + "|unterstrich|unterstreicht|versicherte|versichert|antwortete|antwortet|fragte|fragt|bekräftigte"
                + "|bekräftigt|mahnte|mahnt|twitterte|resümierte|bilanzierte|sprach|spricht|gestand|gesteht|stellte");
        cues(CueKind.SOURCE, "laut|so|nach angaben von|mit den worten");
        cues(CueKind.VERB, "nannte|nennt|bezeichnete|bezeichnet|beschrieb|beschreibt|kommentierte|kommentiert"
                + "|konstatierte|konstatiert|ergänzt|schilderte|schildert|verwies|verweist|sprach");
        cues(CueKind.REPORTED, "wolle|wollen|sei|seien|habe|werde|werden|könne|müsse|solle|dürfe|gebe|liege");
        cues(CueKind.SOURCE_AFTER, "zufolge");
        // French.
        cues(CueKind.VERB, "déclare|déclaré|dit|affirme|affirmé|ajoute|ajouté|souligne|souligné|explique|expliqué"
                + "|estime|estimé|indique|indiqué|précise|précisé|assure|assuré|avertit|averti|lance|lancé|confie"
                + "|confié|écrit|martèle|martelé|insiste|insisté|reconnaît|reconnait|reconnu|annonce|annoncé|rappelle"
                + "|rappelé|répond|répondu|raconte|raconté|résume|résumé|déplore|déploré|prévient|prévenu"
                + "|poursuit|poursuivi|commente|commenté|observe|observé|regrette|regretté|dénonce|dénoncé"
                + "|qualifié|qualifie|jugé|décrit|salué|fustigé|fustige|critiqué");
        cues(CueKind.PARTICIPLE, "déclarant|affirmant|ajoutant|soulignant|expliquant|estimant|indiquant|précisant"
                + "|assurant|avertissant|en disant|disant");
        cues(CueKind.SOURCE, "selon|d'après|d’après|pour reprendre les mots de");
        // Dutch.
        cues(CueKind.VERB, "zei|zegt|zeiden|zeggen|schreef|schrijft|voegde|voegt|verklaarde|verklaart|benadrukte"
                + "|benadrukt|waarschuwde|waarschuwt|stelde|stelt|vertelde|vertelt|legde|antwoordde|antwoordt|liet"
                + "|reageerde|reageert|meende|vroeg|vraagt|erkende|erkent|beloofde|belooft|twitterde|onderstreepte"
                + "|concludeerde|aldus|noemde|noemt|omschreef|omschrijft|sprak");
        cues(CueKind.SOURCE, "volgens|naar de woorden van");
        // Spanish.
        cues(CueKind.VERB, "dijo|dice|dijeron|afirmó|afirma|añadió|añade|explicó|explica|aseguró|asegura|declaró"
                + "|declara|señaló|señala|indicó|indica|advirtió|advierte|subrayó|subraya|destacó|destaca|agregó"
                + "|agrega|escribió|escribe|manifestó|manifiesta|sostuvo|sostiene|comentó|comenta|apuntó|apunta"
                + "|insistió|insiste|reconoció|reconoce|respondió|responde|precisó|precisa|recordó|recuerda|expresó"
                + "|expresa|tuiteó|lamentó|lamenta|aseveró|concluyó|calificó|califica|describió|describe|criticó"
                + "|critica|denunció|denuncia");
        cues(CueKind.PARTICIPLE, "diciendo|afirmando|añadiendo|explicando|asegurando|señalando");
        cues(CueKind.SOURCE, "según|de acuerdo con");
        // Italian.
        cues(CueKind.VERB, "ha detto|ha dichiarato|ha aggiunto|ha spiegato|ha sottolineato|ha affermato|afferma"
                + "|spiega|dichiara|sottolinea");
        cues(CueKind.SOURCE, "secondo");
    }

    /** The cue kind of a lower-cased word or phrase, or null. */
    public static CueKind cue(String lower) {
        return CUES.get(lower);
    }

    /** Whether a lower-cased word or phrase starts a longer cue phrase ("according" of "according to"). */
    public static boolean startsCue(String lower) {
        return CUE_STARTS.contains(lower);
    }

    /** The number of words of the longest cue phrase. */
    public static int maxCueWords() {
        return maxCueWords;
    }

    /** Separable particles that may close a cue ("fügte er hinzu", "voegde hij toe"). */
    private static final Set<String> PARTICLES = words("hinzu zu ein mit fest klar toe uit weten aan op");

    public static boolean isParticle(String lower) {
        return PARTICLES.contains(lower);
    }

    private static final Map<String, Pronoun> PRONOUNS = new HashMap<>();

    static {
        for (String p : "he er il hij él lui".split(" ")) {
            PRONOUNS.put(p, Pronoun.MALE);
        }
        for (String p : "she elle ella lei".split(" ")) {
            PRONOUNS.put(p, Pronoun.FEMALE);
        }
        for (String p : "sie zij ze".split(" ")) {
            PRONOUNS.put(p, Pronoun.FEMALE_OR_PLURAL);
        }
        for (String p : "they ils elles ellos ellas loro".split(" ")) {
            PRONOUNS.put(p, Pronoun.PLURAL);
        }
        for (String p : "it es".split(" ")) {
            PRONOUNS.put(p, Pronoun.NEUTER);
        }
    }

    /** The reference class of a lower-cased subject pronoun, or null. */
    public static Pronoun pronoun(String lower) {
        return PRONOUNS.get(lower);
    }

    /** Honorifics, each with the gender it tells ('m', 'f' or '?'). */
    private static final Map<String, Character> HONORIFICS = new HashMap<>();

    static {
        for (String h : "mr mr. sir lord herr monsieur m. dhr. dhr señor sr. don signor sig.".split(" ")) {
            HONORIFICS.put(h, 'm');
        }
        for (String h : ("mrs mrs. ms ms. miss dame lady frau madame mme mme. mlle mevrouw mw. mevr. señora sra."
                + " doña signora sig.ra").split(" ")) {
            HONORIFICS.put(h, 'f');
        }
        for (String h : "dr dr. prof prof. professor rev rev. reverend hon hon. drs. ir. mr.".split(" ")) {
            HONORIFICS.putIfAbsent(h, '?');
        }
    }

    /** The gender an honorific tells ('m', 'f', '?'), or 0 when the word is not one. */
    public static char honorific(String lower) {
        Character c = HONORIFICS.get(lower);
        return c == null ? 0 : c;
    }

    /** Title words that stand before a name ("Secretary General", "Außenminister", "Premier ministre"). */
    private static final Set<String> TITLES = words("president vice prime minister secretary general deputy"
            + " foreign chancellor ambassador senator sen sen. rep rep. representative congressman congresswoman"
            + " governor gov gov. mayor chief executive director chairman chairwoman chair ceo cfo coo judge justice"
            + " attorney commissioner inspector superintendent detective officer sergeant sgt sgt. lieutenant lt lt."
            + " captain capt capt. colonel col col. major maj maj. admiral adm adm. commander cmdr gen gen. general"
            + " king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh speaker leader"
            + " spokesman spokeswoman spokesperson coach dean founder co-founder editor correspondent coroner sheriff"
            + " marshal opposition state interior defense defence finance health economy home treasury labor labour"
            + " education transport environment trade agriculture culture energy science justice-minister emir sultan"
            + " premier minister-president president-elect vice-president president-elect first lady secretary-general"
            + " bundeskanzler bundeskanzlerin kanzler kanzlerin ministerin präsident präsidentin bürgermeister"
            + " bürgermeisterin oberbürgermeister oberbürgermeisterin staatssekretär staatssekretärin sprecher"
            + " sprecherin abgeordnete abgeordneter bundespräsident bundespräsidentin landrat landrätin"
            + " ministre première président présidente maire député députée sénateur sénatrice porte-parole directeur"
            + " directrice secrétaire générale"
            + " burgemeester wethouder staatssecretaris woordvoerder woordvoerster voorzitter kamerlid"
            + " presidente presidenta ministro ministra alcalde alcaldesa portavoz secretario secretaria diputado"
            + " diputada senador senadora sindaco onorevole");

    /** Endings of compound titles ("Außenminister", "Ministerpräsidentin", "Parteisprecher"). */
    private static final String[] TITLE_ENDINGS = {"minister", "ministerin", "präsident", "präsidentin", "kanzler",
        "kanzlerin", "sprecher", "sprecherin", "meister", "meisterin", "sekretär", "sekretärin", "direktor",
        "direktorin", "chef", "chefin", "leiter", "leiterin", "vorsitzende", "vorsitzender", "beauftragte",
        "beauftragter", "führer", "führerin", "redaktor", "redaktorin", "redakteur", "redakteurin", "korrespondent",
        "korrespondentin", "experte", "expertin", "ist", "istin", "isten", "loge", "login", "wissenschaftler",
        "wissenschaftlerin", "forscher", "forscherin", "trainer", "trainerin", "sprecherin"};

    /** Whether a word (any case) is a title that can stand before a name. */
    public static boolean isTitle(String word) {
        String w = lower(word);
        return isTitleWord(w) || titleByParts(w);
    }

    /** The look-up part of {@link #isTitle}: a lower-cased title or honorific itself. */
    private static boolean isTitleWord(String w) {
        return TITLES.contains(w) || HONORIFICS.containsKey(w);
    }

    /** The tests of {@link #isTitle} beyond the look-up of the word itself. */
    private static boolean titleByParts(String w) {
        if (w.indexOf('-') > 0) {
            boolean all = true;
            for (String part : w.split("-")) {
                all &= part.isEmpty() || TITLES.contains(part);
            }
            if (all) {
                return true;
            }
        }
        if (w.length() > 8) {
            for (String e : TITLE_ENDINGS_BY_LAST.getOrDefault(w.charAt(w.length() - 1), NO_STRINGS)) {
                if (w.endsWith(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] NO_STRINGS = {};
    /** The title endings by their last letter: most words end in a letter no title ending ends in. */
    private static final Map<Character, String[]> TITLE_ENDINGS_BY_LAST = new HashMap<>();

    static {
        for (String e : TITLE_ENDINGS) {
            char last = e.charAt(e.length() - 1);
            String[] old = TITLE_ENDINGS_BY_LAST.getOrDefault(last, new String[0]);
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = e;
            TITLE_ENDINGS_BY_LAST.put(last, grown);
        }
    }

    /** Role nouns: the head of a phrase that stands for a person ("a spokesman", "the minister"). */
    private static final Map<String, Character> ROLES = new HashMap<>();
    /** Role nouns of a language that writes nouns with capitals (German): never a name alone. */
    private static final Set<String> CAPITALISED_ROLES = new HashSet<>();

    private static void roles(char gender, String words) {
        for (String w : words.trim().split("\\s+")) {
            ROLES.put(w, gender);
        }
    }

    private static void germanRoles(char gender, String words) {
        roles(gender, words);
        CAPITALISED_ROLES.addAll(java.util.Arrays.asList(words.trim().split("\\s+")));
    }

    /** Whether a word is a role noun of a language that capitalises nouns ("Experte", "Sprecherin"). */
    public static boolean isCapitalisedRole(String word) {
        return CAPITALISED_ROLES.contains(lower(word));
    }

    static {
        roles('?', "spokesperson official officer minister president secretary leader chair director chief"
                + " executive ceo founder analyst expert professor researcher scientist doctor physician lawyer"
                + " attorney prosecutor judge senator governor mayor ambassador diplomat envoy manager owner teacher"
                + " student resident witness source aide adviser advisor economist historian author writer novelist"
                + " philosopher poet singer artist player coach captain general commander soldier detective inspector"
                + " sheriff skipper developer programmer engineer editor reporter journalist correspondent commentator"
                + " host presenter secretary-general chancellor premier bishop rabbi imam nurse farmer worker employee"
                + " member fellow supervisor commissioner deputy representative lawmaker legislator politician"
                + " candidate activist campaigner organiser organizer volunteer ranger elder poster commenter user"
                + " fan customer neighbour neighbor friend colleague partner victim survivor patient parent child boss"
                + " president-elect strategist pollster consultant specialist psychologist psychiatrist surgeon"
                + " pharmacist dentist veteran officer agent investigator administrator coordinator head principal"
                + " superintendent trustee director-general secretary-of-state speaker negotiator mediator observer"
                + " critic fisherman fisher biologist chemist physicist mathematician architect designer planner"
                + " official spokesperson representative insider executive owner staffer staff");
        roles('m', "spokesman chairman man father son brother husband boyfriend grandfather uncle nephew king prince"
                + " priest pope congressman businessman sportsman actor waiter monk");
        roles('f', "spokeswoman chairwoman woman mother daughter sister wife girlfriend grandmother aunt niece queen"
                + " princess nun congresswoman businesswoman sportswoman actress waitress widow");
        germanRoles('m', "sprecher präsident kanzler experte bürgermeister direktor leiter polizist arzt"
                + " anwalt richter politiker abgeordneter forscher wissenschaftler lehrer"
                + " vorsitzender geschäftsführer ökonom historiker autor schriftsteller");
        germanRoles('m', "vater sohn bruder ehemann mann");
        germanRoles('?', "chef minister politiker");
        germanRoles('f', "sprecherin ministerin präsidentin kanzlerin expertin bürgermeisterin chefin direktorin"
                + " leiterin polizistin ärztin anwältin richterin politikerin abgeordnete mutter tochter schwester"
                + " ehefrau frau forscherin wissenschaftlerin lehrerin professorin vorsitzende geschäftsführerin"
                + " ökonomin historikerin autorin schriftstellerin");
        roles('?', "porte-parole ministre maire responsable juge secrétaire médecin");
        roles('m', "président directeur avocat député chercheur");
        roles('f', "présidente directrice experte avocate députée chercheuse mère fille sœur épouse femme");
        roles('m', "père fils frère époux homme");
        roles('?', "woordvoerder minister premier burgemeester directeur deskundige advocaat rechter voorzitter"
                + " onderzoeker arts wethouder");
        roles('f', "woordvoerster moeder dochter zus vrouw");
        roles('m', "vader zoon broer");
        roles('?', "portavoz presidente juez");
        roles('m', "ministro alcalde experto abogado diputado investigador médico");
        roles('f', "ministra presidenta alcaldesa directora experta abogada jueza diputada investigadora madre hija"
                + " hermana esposa mujer");
        roles('m', "padre hijo hermano esposo hombre");
    }

    /**
     * The gender of a role noun ('m', 'f', '?'), or 0 when the word is not one. Plurals in -s count
     * as the role ('?').
     */
    public static char role(String word) {
        return roleLower(lower(word));
    }

    /** As {@link #role}, given the word's {@code toLowerCase(Locale.ROOT)}: no copy made. */
    public static char roleLower(String w) {
        Character c = ROLES.get(w);
        if (c != null) {
            return c;
        }
        if (w.length() > 3 && Plurals.ROLES_S.contains(w) || Plurals.ROLES_MEN.contains(w)) {
            return '?';
        }
        return 0;
    }

    /**
     * The plurals the tests above accept, made once from the lists (after them, on first use): a
     * look-up of the word itself instead of a copy without its ending.
     */
    private static final class Plurals {
        /** Every role noun with an "s" ("officials"). */
        static final Set<String> ROLES_S = new HashSet<>();
        /** Every role noun in "man" with "men" instead ("spokesmen"). */
        static final Set<String> ROLES_MEN = new HashSet<>();
        /** Every organisation head with an "s" ("Services" of "service"). */
        static final Set<String> ORG_HEADS_S = new HashSet<>();

        static {
            for (String r : ROLES.keySet()) {
                ROLES_S.add(r + "s");
                if (r.endsWith("man")) {
                    ROLES_MEN.add(r.substring(0, r.length() - 3) + "men");
                }
            }
            for (String h : ORG_HEADS) {
                ORG_HEADS_S.add(h + "s");
            }
        }
    }

    /** Whether a role word is a plural ("officials", "spokesmen", "experts"). */
    public static boolean isPluralRole(String word) {
        return isPluralRoleLower(lower(word));
    }

    /** As {@link #isPluralRole}, given the word's {@code toLowerCase(Locale.ROOT)}. */
    private static boolean isPluralRoleLower(String w) {
        return !ROLES.containsKey(w) && roleLower(w) != 0;
    }

    /** Head words of organisations, in several languages. */
    private static final Set<String> ORG_HEADS = words("agency department ministry office party committee council"
            + " commission board authority administration government police court university college institute"
            + " institution center centre association union federation foundation company corporation corp corp."
            + " inc inc. ltd ltd. llc plc group bank bureau service services network organization organisation"
            + " society club league alliance coalition movement school hospital museum times post news journal"
            + " magazine herald tribune gazette press assembly parliament congress senate house fund trust"
            + " conference forum programme program project unit force forces army navy command cabinet secretariat"
            + " nations ecosystem site website team studio studios records labs laboratory airline airlines"
            + " ministerium partei regierung polizei gericht universität institut verband gewerkschaft stiftung"
            + " gruppe bundestag bundesamt amt behörde konzern kommission rat bund verein"
            + " ministère parti gouvernement tribunal université syndicat fondation groupe conseil assemblée"
            + " ministerie partij regering politie rechtbank universiteit instituut vakbond stichting groep raad"
            + " gemeente kabinet"
            + " ministerio partido gobierno policía tribunal universidad instituto sindicato fundación grupo consejo"
            + " ayuntamiento");

    /** Whether a word (any case) is the head word of an organisation's name. */
    public static boolean isOrgHead(String word) {
        String w = lower(word);
        return ORG_HEADS.contains(w) || isPluralOrgHead(w) && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Whether a lower-cased word is an organisation head's plural longer than five letters, not in "ss"
     * ("services", not "press"): one only capitalised ({@link #isOrgHead}).
     */
    private static boolean isPluralOrgHead(String w) {
        return w.length() > 5 && Plurals.ORG_HEADS_S.contains(w) && !w.endsWith("ss");
    }

    /** First words of place names. */
    private static final Set<String> PLACE_FIRST = words("north south east west new san santa los las saint st st."
            + " fort port mount lake cape upper lower great united northern southern eastern western central nord"
            + " süd sud ost nieuw sankt bad el la le");

    /** Last words of place names. */
    private static final Set<String> PLACE_LAST = words("street road avenue square island islands beach river bay"
            + " city county province region valley mountains sea ocean coast harbour harbor park bridge airport"
            + " station terminal strip peninsula gulf canal district state states republic kingdom emirates"
            + " straße strasse platz stadt rue place ville straat plein calle plaza");

    /** Whether a name's first or last word marks it as a place ("South Korea", "Ninety Mile Beach"). */
    public static boolean isPlaceWord(String word, boolean first) {
        return (first ? PLACE_FIRST : PLACE_LAST).contains(lower(word));
    }

    private static final Set<String> CALENDAR = words("monday tuesday wednesday thursday friday saturday sunday"
            + " january february march april june july august september october november december"
            + " montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober"
            + " dezember lundi mardi mercredi jeudi vendredi samedi dimanche maandag dinsdag woensdag donderdag"
            + " vrijdag zaterdag zondag lunes martes miércoles jueves viernes sábado domingo christmas easter");

    /** Whether a word names a day or a month. */
    public static boolean isCalendar(String word) {
        return CALENDAR.contains(lower(word));
    }

    /** Function words that may start a sentence in capitals but never start a name. */
    private static final Set<String> STOPWORDS = words("the a an this that these those but and or so as at in on"
            + " of for from to with by after before when while if since though although because earlier later"
            + " meanwhile however still yet then it he she we they i you his her their our my its there here what"
            + " who why how where which some many most all every each no not one another other such even also"
            + " only just both either neither instead indeed now today yesterday tomorrow tonight last next first"
            + " former like unlike despite during under over about against among between into through within"
            + " without around near asked said says according dear hey yes oh well please thanks read see watch"
            + " follow image photo credit more less much few several any once again whether until unless whose"
            + " whom why can could will would should may might must do does did is was were are be been being"
            + " has have had having let let's here's there's it's that's what's others everyone everybody someone"
            + " somebody nobody anyone anybody we've we're we'll i'm i've i'll you're you've they're they've"
            + " we’ve we’re we’ll i’m i’ve i’ll you’re you’ve they’re they’ve let’s here’s there’s it’s that’s"
            + " what’s he’s she’s he's she's"
            + " der die das den dem des ein eine einen einem einer und aber oder als wenn weil dass auch nur noch"
            + " schon am im an auf aus bei mit nach von vor zu zum zur für über unter durch gegen ohne um er sie es"
            + " wir ihr man dieser diese dieses jetzt heute gestern morgen doch wie was wer wo denn dann laut"
            + " le la les l' un une des du de et mais ou donc car ni que qui quand si comme dans en sur sous pour"
            + " par avec sans chez vers il elle ils elles on nous vous ce cette ces selon"
            + " het een maar dat die dit deze op aan met voor van naar bij uit door om toen hij zij ze wij volgens"
            + " ook nu"
            + " el los las unos unas y pero que quien cuando como del al con por para sin sobre entre él ella"
            + " ellos ellas según también hoy");

    /** Whether a lower-cased word is a function word that is never part of a name. */
    public static boolean isStopword(String lower) {
        return STOPWORDS.contains(lower);
    }

    /** Words that end a speaker phrase on the left: conjunctions, complementisers, relative pronouns. */
    private static final Set<String> BOUNDARIES = words("that and but or while as when because after before"
            + " since if though although so then who whom whose which where whereas until unless once how why what"
            + " dass und aber oder weil als wenn während nachdem bevor ob wie"
            + " que qui et mais ou quand lorsque comme dont où"
            + " dat maar omdat toen terwijl nadat voordat hoe"
            + " y pero o cuando porque mientras aunque quien donde");

    /** Whether a lower-cased word bounds a clause. */
    public static boolean isBoundary(String lower) {
        return BOUNDARIES.contains(lower);
    }

    /** Auxiliaries and adverbs that may stand between a speaker and the cue ("he had also said"). */
    private static final Set<String> AUX = words("had has have having also then later once again previously"
            + " recently earlier just already would will could might may must should can did does do is was"
            + " were are been be being not never only still even further finally repeatedly publicly privately"
            + " explicitly bluntly often always now today yesterday once initially subsequently separately"
            + " hat hatte habe haben auch noch bereits schon dann nun weiter zudem außerdem jetzt allerdings jedoch"
            + " gestern heute erneut dazu"
            + " a avait ont avaient aussi encore déjà alors a-t-il a-t-elle"
            + " heeft hebben had hadden ook nog al dan"
            + " ha han había habían también ya luego");

    /** Whether a lower-cased word is an auxiliary or adverb that may stand between speaker and cue. */
    public static boolean isAux(String lower) {
        return AUX.contains(lower) || isAdverbInLy(lower);
    }

    /** The part of {@link #isAux} beyond its table: an adverb in "-ly" ("publicly"). */
    private static boolean isAdverbInLy(String lower) {
        return lower.length() > 4 && lower.endsWith("ly");
    }

    private static final Set<String> PASSIVE_AUX = words("was were been is are be being wurde wurden worden été"
            + " fue fueron werd werden");

    /** Whether an auxiliary makes the following participle passive ("was described as"). */
    public static boolean isPassiveAux(String lower) {
        return PASSIVE_AUX.contains(lower);
    }

    private static final Set<String> PREPOSITIONS = words("in at from into near across throughout outside inside"
            + " to toward towards of for with on by via around over under between among against during after"
            + " before since until amid despite"
            + " im am aus nach bei zu von mit für über unter während vor seit trotz beim vom zum zur"
            + " dans à au aux chez vers sur sous avec par pour du des pendant lors après avant depuis devant malgré"
            + " en op aan bij uit naar met voor door van tijdens na sinds ondanks tegen"
            + " de del con por para sobre durante tras después antes desde ante");

    /** Whether a lower-cased word is a preposition. */
    public static boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    /** Prepositions before place names ("in South Carolina", "at Whole Foods"). */
    private static final Set<String> PLACE_PREPOSITIONS = words("in at from into near across throughout outside"
            + " inside to toward towards im am aus nach bei dans à au aux chez vers en op naar uit");

    public static boolean isPlacePreposition(String lower) {
        return PLACE_PREPOSITIONS.contains(lower);
    }

    /** Words right before a quoted span that make it a term, a name or a title, not someone's words. */
    private static final Set<String> TERM_MARKERS = words("so-called called dubbed termed labelled labeled named"
            + " nicknamed titled entitled term word words phrase phrases expression slogan motto label name brand"
            + " sogenannte sogenannten sogenannter genannt genannte begriff wort stichwort"
            + " appelé appelée appelés surnommé surnommée dénommé terme mot expression"
            + " genoemd genoemde zogenaamde zogenaamd term woord begrip"
            + " llamado llamada denominado denominada término palabra lema");

    /** Whether a lower-cased word right before a quoted span marks it as a term or name. */
    public static boolean isTermMarker(String lower) {
        return TERM_MARKERS.contains(lower);
    }

    /** Phrases right before a quoted span that make it imagined, not said ("as if to say"). */
    private static final String[] HYPOTHETICAL = {"as if to say", "as if", "as though", "als ob", "als wollte",
        "comme pour dire", "comme si", "alsof", "como si", "como diciendo", "come se"};

    /** Whether the lower-cased text before a quoted span ends in a marker of imagined speech. */
    public static boolean endsHypothetical(String lowerBefore) {
        String t = lowerBefore.stripTrailing();
        while (!t.isEmpty() && ",:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        for (String h : HYPOTHETICAL) {
            if (t.endsWith(h) && (t.length() == h.length() || !Character.isLetter(t.charAt(t.length() - h.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** First- and second-person words: quoted words that hold one are someone's own words. */
    private static final Set<String> FIRST_PERSON = words("i i'm i’m i've i’ve i'd i’d i'll i’ll me my mine we"
            + " we're we’re we've we’ve we'll we’ll us our ours you you're you’re your yours"
            + " ich mir mich mein meine meinen meinem meiner wir uns unser unsere unseren du dich dir dein deine"
            + " je j' j’ moi mon ma mes nous notre nos tu toi ton ta tes vous votre vos"
            + " ik mij mijn wij ons onze jij jou jouw u uw"
            + " yo mí mi mis nosotros nosotras nuestro nuestra nuestros nuestras tú usted");

    /** Whether a lower-cased word is a first- or second-person pronoun or possessive. */
    public static boolean isFirstOrSecondPerson(String lower) {
        return FIRST_PERSON.contains(lower);
    }

    /** Abbreviations after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = words("mr mrs ms dr prof sr jr st gen sen rep gov lt col sgt"
            + " capt cmdr adm maj rev hon no vs etc inc ltd co corp dept jan feb mar apr jun jul aug sep sept oct"
            + " nov dec u.s u.k u.n e.g i.e a.m p.m ph.d m mme z.b bzw ca nr dhr mw mevr sra dra ft mt approx"
            + " est fig vol pp art abs");

    /** Whether a lower-cased word (without its full stop) is an abbreviation. */
    public static boolean isAbbreviation(String lower) {
        return ABBREVIATIONS.contains(lower) || lower.length() == 1
                || (lower.indexOf('.') > 0 && lower.length() <= 6);
    }

    /**
     * Every answer the word tables above give for one lower-cased word, looked up at once: a token
     * asks several of them, and most words are in no table at all ({@link #word} answers null).
     * Built from the tables themselves on first use, so it cannot drift from them.
     */
    public static final class Word {
        /** In {@code STOPWORDS}. */
        public static final int STOPWORD = 1;
        /** In {@code ORG_HEADS}. */
        public static final int ORG_HEAD = 2;
        /** A plural organisation head, one only when capitalised ({@code isOrgHead}). */
        public static final int ORG_HEAD_PLURAL = 4;
        /** In {@code TITLES} or an honorific. */
        public static final int TITLE = 8;
        /** In {@code CALENDAR}. */
        public static final int CALENDAR_WORD = 16;
        /** In {@code AUX}. */
        public static final int AUX_WORD = 32;
        /** In {@code BOUNDARIES}. */
        public static final int BOUNDARY = 64;
        /** In {@code CAPITALISED_ROLES}. */
        public static final int CAPITALISED_ROLE = 128;
        /** A role noun's plural ({@code isPluralRole}). */
        public static final int PLURAL_ROLE = 256;

        private final int flags;
        private final char role;
        private final CueKind cue;

        private Word(int flags, char role, CueKind cue) {
            this.flags = flags;
            this.role = role;
            this.cue = cue;
        }

        /** Whether the word is in the table of {@code flag}. */
        public boolean is(int flag) {
            return (flags & flag) != 0;
        }

        /** {@link QuoteCues#roleLower} of the word. */
        public char role() {
            return role;
        }

        /** {@link QuoteCues#cue} of the word. */
        public CueKind cue() {
            return cue;
        }
    }

    /** The answers for a lower-cased word, or null when it is in none of the tables {@link Word} covers. */
    public static Word word(String lower) {
        return Lexicon.WORDS.get(lower);
    }

    /** Every word {@link #word} knows: each other lower-cased word is in none of its tables. */
    public static Set<String> lexiconWords() {
        return java.util.Collections.unmodifiableSet(Lexicon.WORDS.keySet());
    }

    /**
     * Whether {@code word(s.substring(start, end).toLowerCase(Locale.ROOT))} may be non-null,
     * without that copy: false only for an ASCII word whose length, first and last letter no
     * table word has (most names). A word with other characters always may be one.
     */
    public static boolean mayBeWord(String s, int start, int end) {
        int n = end - start;
        if (n <= 0) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= 128) {
                return true;
            }
        }
        return Lexicon.present(n, asciiLower(s.charAt(start)), asciiLower(s.charAt(end - 1)));
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** As {@link #isTitle}, given the word's {@code toLowerCase(Locale.ROOT)} and {@link #word} of it. */
    public static boolean isTitleLower(String w, Word entry) {
        return entry != null && entry.is(Word.TITLE) || titleByParts(w);
    }

    /** As {@link #isAux}, given also {@link #word} of it. */
    public static boolean isAux(String lower, Word entry) {
        return entry != null && entry.is(Word.AUX_WORD) || isAdverbInLy(lower);
    }

    /** Made after every table is filled: the holder is first used once the class is ready. */
    private static final class Lexicon {
        static final Map<String, Word> WORDS = new HashMap<>();
        /** Length, first and last character of every word, hashed: see {@link QuoteCues#mayBeWord}. */
        private static final java.util.BitSet FILTER = new java.util.BitSet(1 << 16);
        /** See {@link QuoteCues#longestAbbreviation}: 6 for a dotted one ("ph.d"), else the tables'. */
        static final int LONGEST_ABBREVIATION;

        static {
            int longest = 6;
            for (String a : ABBREVIATIONS) {
                longest = Math.max(longest, a.length());
            }
            for (String h : HONORIFICS.keySet()) {
                if (h.endsWith(".")) {
                    longest = Math.max(longest, h.length() - 1);
                }
            }
            LONGEST_ABBREVIATION = longest;
        }

        static {
            Set<String> all = new HashSet<>();
            all.addAll(STOPWORDS);
            all.addAll(ORG_HEADS);
            all.addAll(Plurals.ORG_HEADS_S);
            all.addAll(TITLES);
            all.addAll(HONORIFICS.keySet());
            all.addAll(CALENDAR);
            all.addAll(AUX);
            all.addAll(BOUNDARIES);
            all.addAll(CAPITALISED_ROLES);
            all.addAll(ROLES.keySet());
            all.addAll(Plurals.ROLES_S);
            all.addAll(Plurals.ROLES_MEN);
            all.addAll(CUES.keySet());
            for (String w : all) {
                int f = (STOPWORDS.contains(w) ? Word.STOPWORD : 0)
                        | (ORG_HEADS.contains(w) ? Word.ORG_HEAD : 0)
                        | (isPluralOrgHead(w) ? Word.ORG_HEAD_PLURAL : 0)
                        | (isTitleWord(w) ? Word.TITLE : 0)
                        | (CALENDAR.contains(w) ? Word.CALENDAR_WORD : 0)
                        | (AUX.contains(w) ? Word.AUX_WORD : 0)
                        | (BOUNDARIES.contains(w) ? Word.BOUNDARY : 0)
                        | (CAPITALISED_ROLES.contains(w) ? Word.CAPITALISED_ROLE : 0)
                        | (isPluralRoleLower(w) ? Word.PLURAL_ROLE : 0);
                WORDS.put(w, new Word(f, roleLower(w), CUES.get(w)));
                FILTER.set(slot(w.length(), w.charAt(0), w.charAt(w.length() - 1)));
            }
        }

        private static int slot(int length, char first, char last) {
            return ((length * 31 + first) * 31 + last) & 0xFFFF;
        }

        static boolean present(int length, char first, char last) {
            return FILTER.get(slot(length, first, last));
        }
    }

    /**
     * The length of the longest lower-cased word (without its full stop) that {@link #isAbbreviation}
     * accepts or that makes an honorific with its stop ({@code honorific(w + ".")}): a longer word is
     * neither.
     */
    public static int longestAbbreviation() {
        return Lexicon.LONGEST_ABBREVIATION;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.trim().split("\\s+")) {
            out.add(w);
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
