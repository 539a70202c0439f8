package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.Unspinner;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Swaps no lexicon entry lists, across registers, restored by WordNet and the term inventory
 * alone (any lexicon entry on these phrases is removed first); and clean sentences using the
 * same words in their ordinary way, which must stay unchanged. Both run as parts of documents
 * declared spun, so only the mechanism's own evidence decides.
 */
class UnseenSwapsTest {

    /** spun sentence | expected restoration */
    static final String[][] SPUN = {
            {"The patient suffered a heart assault last night.", "The patient suffered a heart attack last night."},
            {"Investors watched the stock marketplace closely.", "Investors watched the stock market closely."},
            {"Researchers trained a profound learning model.", "Researchers trained a deep learning model."},
            {"The lab uses information excavation on sales records.", "The lab uses data mining on sales records."},
            {"Engineers improved computer eyesight for robots.", "Engineers improved computer vision for robots."},
            {"The phone offers speech acknowledgment in ten languages.", "The phone offers speech recognition in ten languages."},
            {"They split the data into a training collection and a test collection.", "They split the data into a training set and a test set."},
            {"The model is a random woodland of shallow trees.", "The model is a random forest of shallow trees."},
            {"The company moved its servers to cloud calculating.", "The company moved its servers to cloud computing."},
            {"Type the query into the search motor.", "Type the query into the search engine."},
            {"Scientists warn about climate alteration.", "Scientists warn about climate change."},
            {"The group defends human privileges worldwide.", "The group defends human rights worldwide."},
            {"The case went to the supreme tribunal.", "The case went to the supreme court."},
            {"The agency protects national safety.", "The agency protects national security."},
            {"A poll measured public viewpoint on the plan.", "A poll measured public opinion on the plan."},
            {"Factories face a long supply string.", "Factories face a long supply chain."},
            {"The labor marketplace cooled in June.", "The labor market cooled in June."},
            {"The central bank changed its monetary plan.", "The central bank changed its monetary policy."},
            {"Doctors checked her breast malignancy.", "Doctors checked her breast cancer."},
            {"Nausea is a common side impact of the drug.", "Nausea is a common side effect of the drug."},
            {"The clinical experiment enrolled 400 patients.", "The clinical trial enrolled 400 patients."},
            {"Smoking is a major risk element.", "Smoking is a major risk factor."},
            {"Exercise supports mental wellness.", "Exercise supports mental health."},
            {"Traders bet on an interest rate decrease.", "Traders bet on an interest rate cut."},
            {"Tech stocks led the bull marketplace.", "Tech stocks led the bull market."},
            {"The economic restoration gained pace.", "The economic recovery gained pace."},
            {"Consumer costs rose again in May.", "Consumer prices rose again in May."},
            {"The oil cost fell sharply.", "The oil price fell sharply."},
            {"The housing marketplace slowed in spring.", "The housing market slowed in spring."},
            {"Hospitals treated more heart assaults this winter.", "Hospitals treated more heart attacks this winter."},
            {"The firm invested in artificial cleverness.", "The firm invested in artificial intelligence."},
            {"Analysts expect an economic deceleration next year.", "Analysts expect an economic slowdown next year."},
            {"The trade shortfall widened in March.", "The trade deficit widened in March."},
            {"Officials raised the debt roof again.", "Officials raised the debt ceiling again."},
            {"The nurse measured his blood force twice.", "The nurse measured his blood pressure twice."},
            {"Patients need more primary attention.", "Patients need more primary care."},
            {"Drug opposition is spreading in hospitals.", "Drug resistance is spreading in hospitals."},
            {"The press secretary held a news meeting.", "The press secretary held a news conference."},
            {"Voter attendance was high in the swing state.", "Voter turnout was high in the swing state."},
            {"The governor signed an executive command.", "The governor signed an executive order."},
            {"Global heating threatens coral reefs.", "Global warming threatens coral reefs."},
            {"The storm caused a power blackout downtown.", "The storm caused a power outage downtown."},
            {"Check the weather prediction before the trip.", "Check the weather forecast before the trip."},
            {"Astronomers photographed two black openings.", "Astronomers photographed two black holes."},
            {"Surgeons removed a brain growth.", "Surgeons removed a brain tumor."},
            {"Air contamination worsened in the city.", "Air pollution worsened in the city."},
            {"Lawmakers debated the health attention bill.", "Lawmakers debated the health care bill."},
            {"The train terminal reopened after repairs.", "The train station reopened after repairs."},
            {"Factories release greenhouse fumes.", "Factories release greenhouse gases."},
            {"The ambulance rushed him to the emergency space.", "The ambulance rushed him to the emergency room."},
    };

    /** The same words used normally. */
    static final String[] CLEAN = {
            "The patient reported an assault near the station.",
            "The marketplace was busy on Saturday.",
            "Her profound knowledge of law impressed the court.",
            "Workers began the excavation of the site.",
            "His eyesight improved after surgery.",
            "She gave a nod of acknowledgment.",
            "The museum bought a collection of coins.",
            "They walked through the woodland at dawn.",
            "He was calculating the cost of the trip.",
            "The boat needs a new motor.",
            "The tailor made an alteration to the suit.",
            "Voting is a privilege and a duty.",
            "The tribunal ruled on Monday.",
            "Safety comes first on the site.",
            "That is only one viewpoint.",
            "She tied the parcel with string.",
            "The plan was approved by the board.",
            "The tumor showed signs of malignancy.",
            "The impact of the crash was severe.",
            "The experiment lasted two hours.",
            "Water is an element of the design.",
            "Wellness programs are popular.",
            "We saw a decrease in sales.",
            "The restoration of the church took years.",
            "The cost of living rose.",
            "The meeting ended early.",
            "Attendance at the meeting was low.",
            "The general gave a command to retreat.",
            "Opposition to the plan grew.",
            "The force of the wind broke the window.",
            "Pay attention to the details.",
            "The cleverness of the plot surprised readers.",
            "A shortfall in funding delayed the project.",
            "The roof leaked after the storm.",
            "The deceleration of the car was smooth.",
            "Patients need rest and care.",
            "Traders bet on a cut.",
            "Researchers trained a deep learning model.",
            "The patient suffered a heart attack last night.",
            "The heating broke in winter.",
            "The blackout lasted an hour.",
            "His prediction was wrong.",
            "The openings in the fence were repaired.",
            "The growth of the city was rapid.",
            "Contamination of the water was found.",
            "There is space for two cars.",
            "The terminal was crowded.",
            "The fumes were toxic.",
            "The emergency ended at noon.",
            "Global warming threatens coral reefs.",
    };

    @Test
    void unseenSwapsAreRestoredAndCleanSentencesLeftAlone() {
        Unspinner base = TestEngines.defaults();
        Set<String> spunWords = new java.util.HashSet<>();
        for (String[] pair : SPUN) {
            for (String w : pair[0].toLowerCase(Locale.ROOT).split("\\W+")) {
                spunWords.add(w);
            }
        }
        // no lexicon entry may do the work: drop every substitution whose spun side occurs in these sentences
        Lexicon lexicon = base.lexicon();
        Set<LexiconEntry> touching = lexicon.entries().stream()
                .filter(e -> List.of(SPUN).stream().anyMatch(p -> p[0].toLowerCase(Locale.ROOT).contains(e.spun().toLowerCase(Locale.ROOT))))
                .collect(Collectors.toSet());
        Unspinner engine = Unspinner.builder().lexicon(lexicon.without(touching)).build();
        RestoreOptions spunDocument = new RestoreOptions(true);

        List<String> missed = new ArrayList<>();
        int restored = 0;
        for (String[] pair : SPUN) {
            Restoration r = engine.restore(pair[0], spunDocument);
            boolean byGeneralization = r.edits().stream().allMatch(e -> e.kind().startsWith("term") || "article".equals(e.kind()));
            if (r.text().equals(pair[1]) && byGeneralization) {
                restored++;
            } else {
                missed.add(pair[0] + " -> " + r.text());
            }
        }
        List<String> falseAlarms = new ArrayList<>();
        for (String clean : CLEAN) {
            Restoration r = engine.restore(clean, spunDocument);
            if (!r.text().equals(clean)) {
                falseAlarms.add(clean + " -> " + r.text() + " " + r.edits().stream().map(Edit::reason).toList());
            }
        }
        System.out.printf("unseen swaps: %d of %d restored by WordNet and the term inventory; %d of %d clean sentences changed%n",
                restored, SPUN.length, falseAlarms.size(), CLEAN.length);
        assertTrue(SPUN.length >= 30 && CLEAN.length >= SPUN.length - 1);
        assertTrue(restored >= 30, restored + " restored; missed: " + missed);
        assertEquals(List.of(), falseAlarms);
    }
}
