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

MANUAL_TEXT = textwrap.dedent("""\
    Notes on Reporting Faults in the Tidewatch Logger
    =================================================

    Before sending a report, please
    -------------------------------

    - Check that the fault is real. Read the chapter on sampling in the
      user guide before assuming that a gap in the data is a fault.

    - Look at the list of known faults: https://tidewatch.example/faults

    - Try the newest release of the logger firmware. You can usually
      download it from the support page of your regional office.

        Europe:   https://tidewatch.example/eu/support
        Americas: https://tidewatch.example/us/support


    Where to send a report
    ----------------------

    Faults in the packaging of the logger software go to the tracker of
    the distribution that shipped it. Faults in the logger itself go to
    the upstream tracker, with the serial number of the logger and the
    version of the firmware it runs.

    Online instructions for writing a report can be found at

        https://tidewatch.example/reporting

    A sample session that shows the fault:

        logger.open("/dev/ttyUSB0");
        read_block(dev, 512);

    Two Loggers on One Cable
    ------------------------

    When two loggers share a cable, the second one answers with the
    address of the first. This is not a fault: give each logger its own
    address with the setup tool before connecting them.

    Copyright and Licence Notices
    =============================

    Copyright (C) 2019-2024 The Tidewatch Project.
    This document is free software; you can redistribute it under the
    terms of the GNU General Public License.

    Local Variables:
    mode: text
    End:
    """)
"""Modelled on the layout of GNU READMEs: setext headings (one ending in 'please'), hard-wrapped
paragraphs and list items, indented URLs and code, a licence section and editor settings."""

WIRE_TEXT = textwrap.dedent("""\
    Harbour Authority Opens Second Container Berth

    Date: 14/05/2026 | Source: Coastal Press Agency (En) | Read original version at source

    Tue 14 May 2026 09:40 AM

    By Lena Marsh | 14 May 2026

    The harbour authority opened its second container berth on Tuesday, doubling the number of ships that can unload at the same time.

    Why It Matters

    Shipping lines had warned that waiting times at the port were pushing cargo to rival harbours further along the coast.

    2026-05-14

    The berth cost 120 million and took three years to build.

    Supervisor: Karl Otten
    Editor in Chief: Maria Duarte
    Editor: Sam Reyes
    Copyright © 2026 Coastal Press Agency. Unauthorised copying is prohibited.
    """)
"""A wire story: dateline, timestamp, byline, ISO date line, masthead credits and a copyright line."""

NUMBERED_TEXT = textwrap.dedent("""\
    Survey of the North Quay

    1. Introduction

    The north quay was surveyed in March by divers and by a team on the quay itself.

    2.1 Method of the Dive Survey

    Divers recorded every crack wider than a finger along the whole wall, from the waterline down to the sea bed.

    IV. Results

    Most of the wall is sound, but two sections near the old crane need repairs within five years.

    RECOMMENDATIONS

    The surveyors recommend repairing the two sections first, and surveying again in three years.

    Costs and Timing of the Works

    Repairs to both sections would cost about two million and take one summer.

    The costs were estimated by
    the council's engineers last year.
    """)
"""Numbered (1., 2.1, IV.), ALL-CAPS and title-case headings, and a sentence fragment that is no title."""
