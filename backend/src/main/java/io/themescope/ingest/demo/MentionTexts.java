package io.themescope.ingest.demo;

import java.util.List;

/**
 * The sentences that carry theme mentions, written by hand so the demo reads like ministerial
 * prose. A bracketed phrase is a surface form of a {@link DemoTheme}; no other theme vocabulary may
 * appear. "that ..." clauses get a speaker's lead-in; a {from-to} prefix limits a sentence to years
 * in which it makes sense (nobody spoke of Typhoon Haiyan before it struck).
 */
final class MentionTexts {

    private MentionTexts() {
    }

    static final List<String> ALL = List.of(
            // geopolitical shifts
            "that the [geopolitical shifts] of recent years call for a clear and steady ASEAN voice",
            "that the [shifting geopolitical landscape] requires ministers to consult more frequently",
            "Rapid [geo-political shifts] have made the strategic outlook for the region harder to read.",
            "that [geopolitical uncertainties] must not distract from the work plan the ministers have agreed",
            "The [geopolitical shifts] under way are reshaping supply chains, alliances and defence budgets alike.",
            "that a [geopolitical shift] of this scale demands patience, prudence and open channels of communication",
            "{2017-}that [geopolitical changes] in the wider Indo-Pacific affect every member state, large or small",

            // major power rivalry
            "that [major power rivalry] should not turn Southeast Asia into an arena for contests between others",
            "that ASEAN must remain a neutral platform at a time of intensifying [great power competition]",
            "that the region benefits most when [major-power rivalry] is managed through dialogue and restraint",
            "Growing [strategic competition among major powers] places new demands on the ASEAN-led mechanisms.",
            "that member states do not wish to be forced to choose sides amid [great-power competition]",
            "The effects of [major power rivalries] are felt in trade, technology and the defence planning of smaller states.",
            "{2011-}that the ADMM-Plus must keep all eight partners at the table despite [great power rivalry]",

            // arms race
            "that rising military spending must not be allowed to fuel an [arms race] in the region",
            "that openness about defence planning is the best safeguard against an [arms race]",
            "that no member state has an interest in [arms races] that divert resources from development",
            "An [arms build-up] in the wider region would raise the cost of every miscalculation.",
            "that openness about acquisitions and doctrines helps to prevent [arms races] from taking hold",
            "{2017-}that the steady [arms build-up] seen in parts of the Indo-Pacific calls for restraint from all parties",
            "{2022-}Recent decisions on submarine acquisitions have revived debate about an [arms race] in the region.",

            // rules-based order
            "that a [rules-based order] serves the interests of small and large states alike",
            "that the [rules-based regional architecture] must remain open, transparent and inclusive",
            "that disputes should be settled peacefully within a [rules-based international order]",
            "A [rules-based order] protects the weak as well as the strong.",
            "that respect for the [rules-based order] must not be selective",
            "that the [rules-based regional order] has served Southeast Asia well for decades",

            // unity
            "that ASEAN's [unity] is its greatest asset",
            "that [unity] among member states is essential to meet the challenges ahead",
            "that [solidarity] among member states has been a source of strength in difficult times",
            "that ASEAN must speak with one voice, and that [unity] gives that voice its weight",
            "A spirit of [solidarity] has guided the ADMM since its inception.",
            "that preserving ASEAN [unity] requires patience and a readiness to compromise",
            "that ASEAN [solidarity] should be visible in deeds as well as in words",

            // ASEAN centrality
            "that [ASEAN centrality] must be upheld in the evolving regional architecture",
            "{2010-}that the [centrality of ASEAN] is the foundation of both the ADMM and the ADMM-Plus",
            "that external partners should respect [ASEAN's centrality] in the region's multilateral arrangements",
            "[ASEAN centrality] is not a given and must be earned through results.",
            "{2010-}that the ADMM-Plus works best when [ASEAN centrality] is preserved",
            "that the region's open and inclusive architecture rests on [ASEAN centrality]",
            "that dialogue partners have reaffirmed their support for the [centrality of ASEAN]",

            // unity and centrality together
            "that ASEAN's [unity] and [centrality] are indispensable in a more contested region",
            "that upholding ASEAN [unity] and [centrality] is the best answer to external pressures",
            "ASEAN's [unity] and [centrality] remain the cornerstones of peace in the region.",

            // South China Sea
            "that the situation in the [South China Sea] should be handled peacefully, without the threat or use of force",
            "that all parties should exercise self-restraint in the [South China Sea]",
            "{2013-}that an early conclusion of an effective Code of Conduct in the [South China Sea] remains a shared goal",
            "Recent incidents in the [South China Sea] were raised by several delegations.",
            "that the full implementation of the Declaration on the Conduct of Parties in the [South China Sea] should continue",
            "{2014-}that land reclamation and militarisation in the [South China Sea] erode the prospects for a peaceful settlement",
            "Developments in the [South China Sea] featured prominently in the exchanges.",

            // maritime security
            "that [maritime security] is vital for the sea lanes on which the region's trade depends",
            "that [freedom of navigation and overflight] must be upheld in accordance with the 1982 UNCLOS",
            "that [maritime domain awareness] and information sharing among navies should be enhanced",
            "Coordinated patrols and hotlines contribute to the [safety of navigation] in busy waters.",
            "that [freedom of navigation] is a principle from which all seafaring nations benefit",
            "that [maritime security] challenges require close coordination between navies and coast guards",
            "{2011-}The ADMM-Plus Experts' Working Group on [Maritime Security] has held field training exercises at sea.",

            // South China Sea and maritime security together
            "that [freedom of navigation and overflight] in the [South China Sea] must be respected",
            "Tensions in the [South China Sea] have placed [maritime security] at the top of the agenda.",

            // nuclear and WMD
            "that the Southeast Asia [Nuclear Weapon-Free Zone] Treaty remains an important contribution to peace",
            "that the spread of [weapons of mass destruction] poses a grave danger to all",
            "{2016-2018}Recent missile and [nuclear weapons] tests on the Korean Peninsula threaten the peace of the wider region.",
            "{2017-}that complete [denuclearisation] of the Korean Peninsula should be pursued through dialogue",
            "that [non-proliferation] commitments must be respected by every state",
            "Export controls help keep materials linked to [weapons of mass destruction] out of the hands of non-state actors.",
            "that the region must guard against any erosion of the global [non-proliferation] regime",

            // non-traditional threats
            "that [non-traditional security threats] increasingly cross borders and demand joint responses",
            "that the armed forces have a growing role in responding to [non-traditional threats]",
            "[Non-traditional security challenges] now occupy a large share of the ministers' agenda.",
            "that no single country can tackle [non-traditional security issues] on its own",
            "Militaries across the region are being asked to address [non-traditional threats] alongside their conventional roles.",
            "that the line between conventional and [non-traditional security threats] is becoming blurred",
            "that civil-military coordination is essential when dealing with [non-traditional security challenges]",

            // terrorism
            "that [terrorism] in all its forms and manifestations must be condemned",
            "that intelligence sharing is crucial in the fight against [terrorism]",
            "that [counter-terrorism] efforts should address both the symptoms and the underlying drivers",
            "The spread of [violent extremism] online is a concern shared by every member state.",
            "{2011-}The ADMM-Plus Experts' Working Group on [Counter-Terrorism] has deepened operational links among the participating forces.",
            "that [terrorist threats] in the region have grown more complex and adaptive",
            "{2014-}that returning foreign fighters require close vigilance, as [terrorist groups] operate across borders",
            "{2017-2019}The siege of Marawi showed how quickly [terrorist groups] can seize territory.",

            // transnational crime
            "that [transnational crime] undermines the rule of law and the well-being of our peoples",
            "that [drug trafficking] networks exploit porous borders and weak enforcement",
            "that [trafficking in persons] is an affront to human dignity that demands a coordinated response",
            "Law enforcement agencies and militaries must work hand in hand against [transnational crimes].",
            "that [people smuggling] by sea puts lives at risk and strains border authorities",
            "that sharing information on [transnational crime] should be made faster and more systematic",
            "The networks behind [transnational crimes] adapt quickly to new routes and technologies.",

            // terrorism and transnational crime together
            "that [terrorism] and other [transnational crimes] threaten the stability of the region",

            // cybersecurity
            "that [cybersecurity] has become an integral part of national defence",
            "that [cyber threats] against critical infrastructure could disrupt entire economies",
            "{2016-}The ADMM-Plus Experts' Working Group on [Cyber Security] has begun to build common understanding among defence establishments.",
            "that norms of responsible state behaviour in [cyberspace] should be promoted",
            "that [cyber-attacks] can cross borders in seconds and leave little time to respond",
            "that defence establishments need skilled personnel to protect their networks against [cyber threats]",
            "that information sharing on [cybersecurity] incidents among militaries should be expanded",

            // pandemic and health
            "{2020-2022}that the [COVID-19 pandemic] has tested every member state and every armed force",
            "{2020-2023}that the armed forces played a vital role in the national response to [COVID-19]",
            "{2020-2022}The [COVID-19 pandemic] forced a shift to virtual meetings and the postponement of many activities.",
            "{2020-2022}Field units and logistics teams of the armed forces were mobilised across the region during the [pandemic].",
            "{2020-2022}that the [COVID-19] crisis has shown the value of sharing supplies and expertise quickly",
            "{2022-}that lessons from the [pandemic] years should be built into future planning",
            "that the region must be better prepared for future [pandemics]",
            "that joint planning for [pandemics] should involve civilian and military agencies alike",
            "The spread of [infectious diseases] across borders calls for early warning among member states.",
            "{2011-}that [military medicine] is an area where the ADMM-Plus has achieved concrete results",
            "that [infectious diseases] do not respect borders and require joint preparedness",
            "that sudden [public health emergencies] can overwhelm civilian systems",
            "{2009-2010}that the recent spread of [pandemic influenza] underlined the need for preparedness",

            // climate change
            "that [climate change] acts as a threat multiplier for the region",
            "that the impacts of [climate change] will place new demands on the armed forces",
            "that a [changing climate] threatens low-lying coastal communities across Southeast Asia",
            "[Climate-related risks] are increasingly factored into defence planning.",
            "that military installations must adapt to [climate-related hazards]",
            "{2016-}that [climate change] should be addressed in line with the Paris Agreement",
            "that the armed forces should reduce their own environmental footprint as part of the response to [climate change]",

            // natural disasters
            "that the region is among the most exposed in the world to [natural disasters]",
            "that the armed forces are often the first to respond when a [natural disaster] strikes",
            "The frequency and scale of [natural disasters] in Southeast Asia continue to test national preparedness.",
            "that lessons from each [natural disaster] should be captured and shared among member states",
            "{2006-2007}The [Indian Ocean tsunami] of December 2004 remains a painful reminder of how quickly lives can be lost.",
            "{2009-2011}The response to [Cyclone Nargis] in 2008 showed the value of coordinated regional action.",
            "{2009-2010}that the experience of [Cyclone Nargis] should inform future planning",
            "{2014-2016}The devastation caused by [Typhoon Haiyan] in November 2013 demonstrated the need for rapid joint deployment.",
            "{2014-2015}that the multinational response to [Typhoon Haiyan] offered lessons for every member state",

            // HADR
            "that [humanitarian assistance and disaster relief (HADR)] remains a core area of ADMM work",
            "that military assets should be deployed for [disaster relief] in a timely and well-coordinated manner",
            "that the standard operating procedures for [HADR] should be tested regularly in exercises",
            "{2011-}The ADMM-Plus Experts' Working Group on [HADR] has strengthened interoperability among the participating militaries.",
            "that [humanitarian assistance and disaster relief] benefits from pre-agreed arrangements for the use of military assets",
            "that a faster [disaster response] saves lives in the first critical hours",
            "Joint [HADR] exercises have become a regular fixture of the ASEAN defence calendar.",
            "{2016-}that the ASEAN Militaries Ready Group on [HADR] should be made fully operational",

            // HADR and natural disasters together
            "that [HADR] capabilities must keep pace with the growing scale of [natural disasters]",

            // climate change and natural disasters together
            "that [climate change] is making [natural disasters] more frequent and more severe",

            // resilience
            "that building [resilience] against shocks is a shared responsibility",
            "that a more [resilient] region is better able to withstand external pressures",
            "that the armed forces contribute to national [resilience] in times of crisis",
            "that supply chains and critical infrastructure must be made more [resilient]",
            "Societal [resilience] begins with preparedness at the community level.",
            "that the [resiliency] of communication networks is a priority for defence planners",
            "that [resilience] should guide the ADMM's planning for the years ahead",

            // resilience and pandemic together
            "{2020-2023}that the [COVID-19 pandemic] has underlined the importance of [resilience]",

            // defence cooperation
            "{2007-}that [defence cooperation] among member states has deepened steadily since the first ADMM",
            "that [practical cooperation] should deliver tangible benefits to member states",
            "that [defence ties] with dialogue partners should complement ASEAN's own efforts",
            "that [military-to-military cooperation] builds habits of working together",
            "{2009-}The growth of [defence engagement] among member states is a testament to the maturity of the ADMM.",
            "that [defense cooperation] with partners outside the region should remain open and transparent",
            "{2011-}that [practical cooperation] through the ADMM-Plus has moved from dialogue to joint exercises",
            "that closer [defence cooperation] in areas such as logistics and military education is within reach",

            // capacity building
            "that [capacity building] for smaller member states should remain a priority",
            "that [capacity-building programmes] should be tailored to the needs of each member state",
            "that training and [capacity building] help narrow gaps among member states",
            "that dialogue partners can contribute to [capacity-building] in areas where ASEAN needs support",
            "that the sharing of expertise and [capacity building] go hand in hand",
            "Scholarships, courses and staff exchanges form the backbone of [capacity building] in the ADMM.",

            // defence cooperation and capacity building together
            "that [defence cooperation] and [capacity building] reinforce each other",

            // confidence building
            "that [confidence-building measures] reduce the risk of incidents and miscalculation",
            "{2017-}that the ADMM Direct Communications Infrastructure is a valuable [confidence-building] tool",
            "that dialogue and [confidence building] remain the foundation of the ADMM process",
            "that regular visits and exchanges foster [mutual trust and confidence]",
            "that [confidence-building measures] at sea should be expanded",
            "that openness about defence policies is itself a form of [confidence building]",
            "that the publication of defence white papers is an important [confidence-building] step",

            // peacekeeping
            "that member states' contributions to [U.N. peacekeeping] reflect a shared commitment to global peace",
            "{2012-}The ASEAN [Peacekeeping] Centres Network allows member states to share training experience.",
            "that [peacekeeping operations] increasingly require skills in protecting civilians",
            "that women [peacekeepers] make missions more effective and should be supported",
            "{2011-}The ADMM-Plus Experts' Working Group on [Peacekeeping Operations] has trained hundreds of personnel.",
            "that training standards for [peacekeeping] should be harmonised across the region",
            "Experience gained in [peacekeeping operations] abroad strengthens the professionalism of the armed forces at home.",
            "that deployments of [peacekeepers] under the U.N. flag remain a source of pride for many member states",

            // pairs across the strategic outlook
            "that [great power competition] risks triggering an [arms race] in the region",
            "that disputes in the [South China Sea] should be resolved within a [rules-based order]",
            "that amid [geopolitical shifts], [ASEAN centrality] matters more than ever");
}
