"""Messy documents written for the importer tests (a made-up story about a town's tidal power plant)."""

from __future__ import annotations

import textwrap

MESSY_TEXT = textwrap.dedent("""\
    1. Home
      2. News
      3. Energy
      4. Coastal Towns

    Tidal Power Comes to Port Ellery

    Why is it in the news?

      • The town council of Port Ellery approved a tidal power plant in the harbour mouth last week.
      • The plant would supply about a third of the town's electricity from 2027.
      • Fishermen asked for a seasonal pause during the herring run, and the council agreed.

    How the Turbines Work

    Each turbine sits on the sea floor and turns slowly as the tide flows in and out of the harbour. The blades turn at walking pace, which the engineers say is safe for seals and fish. Four turbines will be installed in the first phase, with room for four more.

    Get free energy news straight to your inbox!

    Many residents who subscribe to the idea of local power still worry about the cost of the cable to the mainland. The council says the cable will be paid for by the regional grid operator.

    2026-03-02 14:05:00 Engineers lower a test turbine into the harbour at Port Ellery. PHOTO HARBOUR PRESS / POOL / AFP


      • The first phase costs 40 million euros, shared by the town and a regional fund.
      • Electricity prices for households are expected to fall by a tenth once the plant runs.

    Subscribe now to keep reading and get access to the full archive.

    Continue reading

    "Turbine at dawn" by Ana Lopes is licensed under CC BY 4.0.

    About the Author(s)
    Ben Carter is a freelance journalist who covers energy and coastal communities.

    You must be logged in to post a comment.

    Choose A Format
    Story
    Formatted Text with Embeds and Visuals
    Poll
    Voting to make decisions or determine opinions
    Trivia quiz
    Series of questions with right and wrong answers that intends to check knowledge
    """)
"""Plain text with breadcrumb, title, a question heading, bullets, a mid-article newsletter plug
beside a real sentence with "subscribe", a caption, a heading lost at a double blank line, and web
junk at the end."""

JUNK_LINES = [
    "Home", "Get free energy news straight to your inbox!", "PHOTO HARBOUR PRESS",
    "Subscribe now to keep reading", "Continue reading", "is licensed under CC BY 4.0", "About the Author(s)",
    "Ben Carter is a freelance journalist", "You must be logged in to post a comment.", "Choose A Format",
    "Trivia quiz", "Voting to make decisions", "Series of questions with right and wrong answers",
]
CONTENT_LINES = [
    "approved a tidal power plant in the harbour mouth",
    "Many residents who subscribe to the idea of local power",
    "The council says the cable will be paid for by the regional grid operator.",
    "The first phase costs 40 million euros",
]

MARKDOWN = textwrap.dedent("""\
    ---
    title: Harbour Energy Plan
    author: Dana Whitlock
    ---

    # Harbour Energy Plan

    The plan sets out how Port Ellery will make its own electricity by the end of the decade.
    It was written by the council's energy working group and published in March.

    ## Tidal turbines

    The tidal plant is the heart of the plan. Four turbines come first, four more later, and the
    cable to the mainland is paid for by the grid operator.

    ### Installation

    - Divers prepare the sea floor in spring.
    - The turbines are lowered from a barge at slack water.
    - Testing takes a full tidal cycle of two weeks.

    ```bash
    # This is a comment in a code block, not a heading
    deploy --turbines 4
    ```

    ### Maintenance

    Each turbine is lifted out every five years for new bearings. The work takes three days per
    turbine and is done in summer, when the sea is calm.

    ## Solar roofs

    Public buildings get **solar panels** first: the school, the library and the fish market.
    See [the council page](https://example.org/solar) for the schedule.
    Private owners can join a bulk purchase scheme that lowers the price by a quarter.

    Sign up for our newsletter to get updates!
    """)

HTML = textwrap.dedent("""\
    <!DOCTYPE html>
    <html>
    <head>
      <title>Ferry Timetable Changes | Port Ellery Gazette</title>
      <meta name="author" content="Rosa Lind">
      <link rel="canonical" href="https://gazette.example/ferry">
      <style>body { color: black; }</style>
      <script>var tracking = "Buy now";</script>
    </head>
    <body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Ferries</li></ul></nav>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <header class="site-header"><p>Port Ellery Gazette</p></header>
    <article>
      <h1>Ferry Timetable Changes</h1>
      <p class="byline">By Rosa Lind</p>
      <p>The island ferry will run every forty minutes from May, instead of every hour. The operator
         says a second boat, the <em>Morning Star</em>, makes the faster service possible.</p>
      <div class="ad-slot">Advertisement: Cheap flights to the sun!</div>
      <h2>What changes</h2>
      <p>Early sailings start at six in the morning. The last ferry leaves the island at eleven at night.</p>
      <ul>
        <li>Weekday fares stay the same.</li>
        <li>Weekend fares rise by one euro.
          <ul><li>Children under twelve still travel free.</li></ul>
        </li>
        <li>Bicycles need a reservation in summer.</li>
      </ul>
      <figure><img src="ferry.jpg"><figcaption>The Morning Star in dry dock. Photo: Harbour Press</figcaption></figure>
      <h2>Why now</h2>
      <p>Passenger numbers grew by a fifth last year, mostly from day visitors. The old timetable left
         long queues at the pier on summer weekends, and the council asked the operator to act.</p>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    </article>
    <aside><h3>Related stories</h3><p>Harbour tidal plant approved by the council</p></aside>
    <footer><p>© 2026 Port Ellery Gazette. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
    </body>
    </html>
    """)

ARTICLE_A = textwrap.dedent("""\
    Lighthouse Restoration at Cape Morrow

    Background

    The lighthouse at Cape Morrow was built in 1874 and guided ships past the reef for over a century. It was switched off in 1991 when satellite navigation made it redundant. Since then the tower has lost much of its paint and two of its windows.

    The Restoration Plan

    A volunteer trust raised money for new windows, a new lamp room roof and fresh paint. Work starts in April and should be finished before the summer storms. The trust hopes to open the tower to visitors at weekends.

    Costs and Funding

    The work costs about two hundred thousand pounds in total. Half comes from a heritage grant and half from local donations collected over three years.
    """)
"""A clean article: ARTICLE_B repeats it with junk; ARTICLE_C is another article on the same lighthouse."""

ARTICLE_B = textwrap.dedent("""\
    1. Home
    2. Heritage

    Background

    The lighthouse at Cape Morrow was built in 1874 and guided ships past the reef for over a century. It was switched off in 1991 when satellite navigation made it redundant. Since then the tower has lost much of its paint and two of its windows.

    The Restoration Plan

    A volunteer trust raised money for new windows, a new lamp room roof and fresh paint. Work starts in April and should be finished before the summer storms. The trust hopes to open the tower to visitors at weekends.


    The work costs about two hundred thousand pounds in total. Half comes from a heritage grant and half from local donations collected over three years.

    Subscribe now to keep reading and get access to the full archive.
    """)

ARTICLE_C = textwrap.dedent("""\
    Volunteers Bring Back the Light at Cape Morrow

    The Lighthouse Keepers

    Three families kept the Cape Morrow light between 1874 and 1991, living in cottages beside the tower. Their logbooks, now in the county archive, record storms, shipwrecks and the daily trimming of the lamp wicks.

    The Volunteer Trust

    The trust behind the lighthouse restoration has sixty members, most of them retired sailors and teachers. They meet every Tuesday in the harbour café and run guided walks along the cliff path to raise money.

    Visitor Plans

    When the tower reopens, visitors will climb the ninety-two steps to the lamp room. The trust plans a small museum in the old oil store, with the keepers' logbooks on display.
    """)
