"""How often speakers, money and dates come out right on small news-like cases written here.

There is no annotated public set for these three, so this script holds its own realistic
sentences (written for it, one per class of miss seen on real news) and prints, per group, the
share found and the share with the right value. It never asserts: the unit tests pin behaviour;
this prints figures to compare before/after a change.

    python benchmarks/check_analysis.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analyze import analyze  # noqa: E402
from briefing.ingest import parse_text  # noqa: E402

REPORT_DATE = "2025-12-11"  # a Thursday

# (sentence, the words of the date, its value)
DATES = [
    ("The ministry said on 21/04/2016 that the plan had failed.", "21/04/2016", "2016-04-21"),
    ("The complaint was filed 2015/08/12 in a district court.", "2015/08/12", "2015-08-12"),
    ("The contract was signed on 13.5.2015 in Vienna.", "13.5.2015", "2015-05-13"),
    ("Voting ended on 4/22 with a low turnout.", "4/22", "2025-04-22"),
    ("The talks resume tomorrow in Geneva.", "tomorrow", "2025-12-12"),
    ("The day before yesterday, police sealed the area.", "The day before yesterday",
     "2025-12-09"),
    ("The vote is next Sunday.", "next Sunday", "2025-12-14"),
    ("They will meet Friday next week to sign it.", "Friday next week", "2025-12-19"),
    ("Two weeks from now the law takes effect.", "Two weeks from now", "2025-12-25"),
    ("The plant closed two years ago.", "two years ago", "2023"),
    ("The hearing is set for Thursday the 18th.", "Thursday the 18th", "2025-12-18"),
    ("The road stays closed until Monday.", "Monday", "2025-12-15"),
    ("The strike will continue on Saturday, the union said.", "Saturday", "2025-12-13"),
    ("Police said on Tuesday that two men were held.", "Tuesday", "2025-12-09"),
    ("The launch is now planned for Oct-2.", "Oct-2", "2026-10-02"),
    ("The new tax starts Jan first.", "Jan first", "2026-01-01"),
    ("The clinic opened three days ago.", "three days ago", "2025-12-08"),
    ("The company reported results on December 3.", "December 3", "2025-12-03"),
    ("In March, the bank cut rates.", "March", "2025-03"),
    ("The summit will be held in March.", "March", "2026-03"),
    ("The tournament begins next month.", "next month", "2026-01"),
    ("Prices fell last Friday.", "last Friday", "2025-12-05"),
    ("The accord was signed on 11 December 2025.", "11 December 2025", "2025-12-11"),
    ("Elections are due on Sunday.", "Sunday", "2025-12-14"),
    ("The minister will travel to Paris on Wednesday.", "Wednesday", "2025-12-17"),
    ("On 2025-11-30 the index fell.", "2025-11-30", "2025-11-30"),
    ("The ferry resumes tomorrow morning.", "tomorrow", "2025-12-12"),
    ("The results were announced on Monday.", "Monday", "2025-12-08"),
    ("The ban was lifted a year ago.", "a year ago", "2024"),
    ("Officials expect the bridge to reopen on 2 January.", "2 January", "2026-01-02"),
    ("The lender failed on MARCH 4, 2009, after a run.", "MARCH 4, 2009", "2009-03-04"),
    ("From March 3 to March 5 the talks ran in Geneva.", "March 3", "2025-03-03"),
    ("From March 3 to March 5 the talks ran in Geneva.", "March 5", "2025-03-05"),
    ("The office is shut from December 30 to January 2.", "January 2", "2026-01-02"),
    ("The memo dated 4/22 was leaked to reporters.", "4/22", "2025-04-22"),
    ("The vote was held on Tuesday 4/22 in Ohio.", "4/22", "2025-04-22"),
    ("The talks ran 10-15 March in Vienna.", "10-15 March", "2025-03-10/2025-03-15"),
    ("The vote is on Tuesday, March 4.", "Tuesday", "2025-03-04"),
]

# (sentence, the words of a percentage, what it is of)
PERCENT_OF = [
    ("In the poll, 18% think the reform came too late.", "18%", None),
    ("Only 12 percent approve of the deal.", "12 percent", None),
    ("About 30% support the plan, the poll found.", "30%", None),
    ("Steel faces a 25% tariff from Monday.", "25%", "tariff"),
    ("With 18% support, the party came third.", "18%", "support"),
]

# (sentence, a number that names a thing and counts nothing)
NAMING_NUMBERS = [
    ("The crew flew a Boeing 747 to the coast.", "747"),
    ("They drove along Route 66 for a week.", "66"),
    ("Fans queued for the iPhone 15 in Tokyo.", "15"),
    ("The company said Windows 11 ships next month.", "11"),
    ("The firm filed for Chapter 11 protection.", "11"),
]

# (sentence, the words of the amount, amount, currency)
MONEY = [
    ("Riders pay a 50 cents fee per trip.", "50 cents", 0.5, "USD"),
    ("Shares closed at 470 pence in London.", "470 pence", 4.70, "GBP"),
    ("The council approved a 12-cent tax on bags.", "12-cent", 0.12, "USD"),
    ("Each stamp cost one penny then.", "one penny", 0.01, "GBP"),
    ("The club was sold for 361 million pounds.", "361 million pounds", 361e6, "GBP"),
    ("He carried 10,000 swiss francs in cash.", "10,000 swiss francs", 1e4, "CHF"),
    ("The deal is worth 125 million australian dollars.", "125 million australian dollars",
     125e6, "AUD"),
    ("The bank lost 6.65 billion pesetas in 1993.", "6.65 billion pesetas", 6.65e9, "ESP"),
    ("The fine in Costa Rica was ₡5,000.", "₡5,000", 5000.0, "CRC"),
    ("A visa costs ₾200 at the border.", "₾200", 200.0, "GEL"),
    ("A bowl of noodles costs ₭10,000 in Vientiane.", "₭10,000", 1e4, "LAK"),
    ("The ticket costs 500元 on the fast train.", "500元", 500.0, "CNY"),
    ("Shops still use the one-yen coin.", "one-yen", 1.0, "JPY"),
    ("The company raised $45.8 billion last year.", "$45.8 billion", 45.8e9, "USD"),
    ("The grant is €3.5m over three years.", "€3.5m", 3.5e6, "EUR"),
    ("The state set aside Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR"),
    ("Entry costs 20 euros for adults.", "20 euros", 20.0, "EUR"),
    ("The mine will cost 5 million Canadian dollars.", "5 million Canadian dollars", 5e6, "CAD"),
    ("The budget gap reached £2.4bn.", "£2.4bn", 2.4e9, "GBP"),
    ("Seoul pledged 1.2 trillion won in aid.", "1.2 trillion won", 1.2e12, "KRW"),
    ("A loaf now costs 99p in most shops.", "99p", 0.99, "GBP"),
    ("The fund holds 3 billion Swiss francs.", "3 billion Swiss francs", 3e9, "CHF"),
    ("The city borrowed 300 million yuan.", "300 million yuan", 3e8, "CNY"),
    ("He paid US$1.5 million for the house.", "US$1.5 million", 1.5e6, "USD"),
    ("Tickets start at C$300.", "C$300", 300.0, "CAD"),
    ("The charge is 2,000 rand a month.", "2,000 rand", 2000.0, "ZAR"),
]

# (text, the quoted words (a prefix), the expected mention, or None for no speaker)
QUOTES = [
    ('"We will not back down," he said. "The fight goes on."', "The fight goes on", "he"),
    ('"It is over," said Peter Lund of the Brookings Institution.', "It is over",
     "Peter Lund of the Brookings Institution"),
    ('"We are ready," Sen. Maria Costa, a Republican from Ohio, said.', "We are ready",
     "Sen. Maria Costa, a Republican from Ohio"),
    ('"This is a disaster," fumed Ana Ruiz, the mayor.', "This is a disaster", "Ana Ruiz"),
    ('"Let us in," implored Tom Baker.', "Let us in", "Tom Baker"),
    ('"And another thing," Lee Chan interjected.', "And another thing", "Lee Chan"),
    ('"We will win Ohio," vice presidential candidate Tim Ward said.', "We will win Ohio",
     "Tim Ward"),
    ('"We won," a smiling Rivera said.', "We won", "Rivera"),
    ('"Why now?" Ortiz asked.', "Why now?", "Ortiz"),
    ('"Stop the count!" Kim Lee shouted at the crowd.', "Stop the count!", "Kim Lee"),
    ('"Prices will rise," Chen Wei said.\n\n"Nobody wants that, but it is coming."',
     "Nobody wants that", "Chen Wei"),
    ('Maria Lopez, Reuters: "Markets fell sharply on the news."', "Markets fell", "Maria Lopez"),
    ('The so-called "peace plan" was rejected by both sides.', "peace plan", None),
    ('"We continue to talk," continued Diaz.', "We continue to talk", "Diaz"),
    ('"It works," gushed the coach, Ron Hill.', "It works", "the coach, Ron Hill"),
    ('"Not now," said Kate Moss, a spokeswoman for the agency.', "Not now", "Kate Moss"),
    ('"Good," the minister said.', "Good", "the minister"),
    ('According to Jan Novak, "the deal is dead."', "the deal is dead", "Jan Novak"),
    ('"We will see," Gomez told reporters.', "We will see", "Gomez"),
    ('"Enough," Dr. Ellen Park, who leads the clinic, said.', "Enough", "Dr. Ellen Park"),
    ('"We lost," Ana Silva said. "We will be back next year."', "We will be back", "Ana Silva"),
    ('"I had no choice," Omar Haddad recalled of the night he fled.', "I had no choice",
     "Omar Haddad"),
    ('"It is a scandal," fumed Carla Diaz, a lawyer for the families.', "It is a scandal",
     "Carla Diaz"),
    ('"The river is rising," warned Paul Otto, who runs the shelter.', "The river is rising",
     "Paul Otto"),
    ('"Who pays?" asked Sara Kim. "Nobody has said."', "Nobody has said", "Sara Kim"),
    # issue 15 (classes of miss on real news; a fourth item is the speaker wanted as well)
    ('Mr. Tom Hale met the mayor, Ana Ruiz, on Monday. "We found nobody," she said.',
     "We found nobody", "she", "Ana Ruiz"),
    ('Maria Ortiz met Mark Webb. Webb left early. "It was a waste," she said.', "It was a waste",
     "she", "Maria Ortiz"),
    ('"The water is rising," said the head of the rescue team in the region, Samuel Bernes, '
     'on Monday.', "The water is rising", "Samuel Bernes", "Samuel Bernes"),
    ('"It was chaos," said another rescue worker, Tom Malaganne.', "It was chaos",
     "Tom Malaganne", "Tom Malaganne"),
    ('"It rained all night," said county fire chief Dana Whitfield.', "It rained all night",
     "Dana Whitfield", "Dana Whitfield"),
    ('"I miss him," said the driver\'s widow, Karen.', "I miss him", "Karen", "Karen"),
    ('"Enough," said a tearful Charlie Baker, who had lost his home.', "Enough", "Charlie Baker",
     "Charlie Baker"),
    ('Prior to Beijing, Lin Chao stopped in Nanjing, describing the visit as "a journey of '
     'peace."', "a journey of peace", "Lin Chao", "Lin Chao"),
    ('News of the sale spread in what is being termed the "Harbour Shock".', "Harbour Shock",
     None),
    ('The minister has been described as "a born negotiator."', "a born negotiator", None),
    ('"We will grow," Rory Read said.', "We will grow", "Rory Read", "Rory Read"),
    ('"Prices rose," said Rory Read, the chief executive.', "Prices rose", "Rory Read",
     "Rory Read"),
    ('WASHINGTON (AP) — President Jim Carter said the deal was "a shame."', "a shame",
     "President Jim Carter", "Jim Carter"),
    ('"Prices rose," the report said.', "Prices rose", "the report", "Report"),
    ('"We have lost the harvest.\n\nNobody will help us, " a farmer said.', "Nobody will help us",
     "a farmer"),
    ('Lena Novak of the Red Cross said: "The camps are full."', "The camps are full",
     "Lena Novak", "Lena Novak"),
    ('Ray Dunn, Mayor of Leeds, said the vote was "a disgrace."', "a disgrace", "Ray Dunn",
     "Ray Dunn"),
    ('Team owner Billy King met fans. "We will win," King said.', "We will win", "King",
     "Billy King"),
    ('Fire chief Anna Holt says the crew arrived late:\n\n"The roof had already gone."',
     "The roof had already gone", "Anna Holt", "Anna Holt"),
]


def _article(body: str):
    return parse_text(f"---\ndate: {REPORT_DATE}\n---\n{body}\n", "check.md")


def main() -> None:
    show = "--misses" in sys.argv
    misses: list[str] = []

    found = right = 0
    for sentence, words, value in DATES:
        facts = [f for f in analyze(_article(sentence)).facts if f.kind == "date"]
        hit = [f for f in facts if f.text == words or words in f.text or f.text in words]
        found += bool(hit)
        ok = any(f.value == value for f in hit)
        right += ok
        if not ok:
            misses.append(f"date {words!r}: {[(f.text, f.value) for f in facts]} want {value}")
    print(f"dates: found {found / len(DATES):.2f}, right day {right / len(DATES):.2f} "
          f"({len(DATES)} cases)")

    found = right = 0
    for sentence, words, amount, currency in MONEY:
        facts = [f for f in analyze(_article(sentence)).facts if f.kind == "money"]
        hit = [f for f in facts if words in f.text or f.text in words]
        found += bool(hit)
        ok = any(abs(f.value["amount"] - amount) < 1e-6 * max(1.0, amount)
                 and f.value["currency"] == currency for f in hit)
        right += ok
        if not ok:
            misses.append(f"money {words!r}: {[(f.text, f.value) for f in facts]} want "
                          f"{amount} {currency}")
    print(f"money: found {found / len(MONEY):.2f}, right value {right / len(MONEY):.2f} "
          f"({len(MONEY)} cases)")

    right = 0
    for sentence, words, of in PERCENT_OF:
        facts = [f for f in analyze(_article(sentence)).facts if f.kind == "percent"]
        ok = any(f.text == words and f.value["of"] == of for f in facts)
        right += ok
        if not ok:
            misses.append(f"percent {words!r}: {[(f.text, f.value) for f in facts]} want of={of!r}")
    print(f"what a percentage is of: right {right / len(PERCENT_OF):.2f} ({len(PERCENT_OF)} cases)")

    right = 0
    for sentence, words in NAMING_NUMBERS:
        facts = [f for f in analyze(_article(sentence)).facts if f.kind == "number"]
        ok = not any(f.text == words for f in facts)
        right += ok
        if not ok:
            misses.append(f"number {words!r} names a thing: read as a count")
    print(f"numbers that name a thing, not read as counts: {right / len(NAMING_NUMBERS):.2f} "
          f"({len(NAMING_NUMBERS)} cases)")

    right = 0
    for text, quoted, mention, *speaker in QUOTES:
        quotes = [q for q in analyze(_article(text)).quotes if q.text.startswith(quoted)]
        q = quotes[0] if quotes else None
        if mention is None:
            ok = q is not None and q.mention is None and q.speaker is None
        else:
            # right: the mention holds the expected words (an apposition may extend it)
            ok = q is not None and q.mention is not None and mention.split(",")[0] in q.mention.text
            ok = ok and (not speaker or q.speaker == speaker[0])
        right += ok
        if not ok:
            got = (q.mention.text if q and q.mention else None, q.speaker if q else None)
            misses.append(f"quote {quoted!r}: mention/speaker {got} want {(mention, *speaker)!r}")
    print(f"speaker mention of direct quotes: right {right / len(QUOTES):.2f} ({len(QUOTES)} cases)")
    if show:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
