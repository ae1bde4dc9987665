package io.themescope.ingest.demo;

import java.util.List;

/**
 * Connective sentences that give demo documents their length and tone without touching any theme:
 * none may contain theme vocabulary (no "cooperation", "security", "unity" and the like), which a
 * test enforces. Placeholders {host} and {meeting} are filled in; {from-to} limits a sentence to years.
 */
final class FillerTexts {

    private FillerTexts() {
    }

    /** Impersonal sentences that suit every kind of document. */
    static final List<String> COMMON = List.of(
            "Dialogue and consultation remain the preferred means of managing differences in the region.",
            "The ADMM was established in 2006 as the highest ministerial defence mechanism within ASEAN.",
            "{2011-}The ADMM-Plus was inaugurated in Hanoi in October 2010 with eight dialogue partners.",
            "Peace and stability in Southeast Asia are the foundation of the region's prosperity.",
            "Regular meetings of senior officials keep the process moving between ministerial sessions.",
            "Open channels of communication help to prevent misunderstandings between armed forces.",
            "Consultation and consensus have long characterised the way ASEAN conducts its affairs.",
            "The work programme of the ADMM is reviewed and renewed every few years.",
            "Exchanges between military academies help to build lasting personal networks.",
            "{2007-}Progress has been steady, even if it has not always been fast.",
            "The ASEAN Secretariat supports the meetings with documentation and logistics.",
            "{2016-}Since 2016, the ASEAN Community Vision 2025 has guided the work of the three community pillars.",
            "{2007-}Each chairmanship brings its own priorities while building on the work of its predecessors.",
            "Defence officials from all member states met at working level in the months before the meeting.",
            "Decisions are taken by consensus, which gives every member state an equal voice.");

    static final List<String> DECLARATION = List.of(
            "{2007-}We recall the Joint Press Release of the inaugural ADMM in Kuala Lumpur in 2006, which set out the purposes of this meeting.",
            "{2009-}We reaffirm our commitment to the purposes and principles of the ASEAN Charter.",
            "We recognise that the ADMM is the highest ministerial defence mechanism within ASEAN.",
            "{2007-}We welcome the progress made since our last meeting and the work of our senior officials.",
            "We appreciate the efforts of the ADMM Senior Officials' Meeting in preparing this meeting.",
            "We look forward to our next meeting, to be hosted by the incoming Chair.",
            "We note with appreciation the reports submitted by our senior officials.",
            "We commit to keeping our channels of communication open at all times.",
            "We encourage our officials to pursue the activities set out in the ADMM work programme.",
            "We agree that dialogue among defence establishments contributes to peace and stability in the region.",
            "We value the open and candid exchange of views that took place during this meeting.",
            "We reaffirm the importance of consultation, consensus and respect for sovereignty.",
            "We encourage closer links between our defence academies and staff colleges.",
            "We welcome the concept papers adopted at this meeting and task our senior officials to implement them.",
            "We express our appreciation to {host} for chairing this meeting and for the excellent arrangements.",
            "We note the contributions of the ASEAN Secretariat in supporting the work of the ADMM.",
            "We agree to review the progress of these initiatives at our next meeting.",
            "We reaffirm that the ADMM process should move at a pace comfortable to all member states.",
            "We stress the importance of regular dialogue at every level of our defence establishments.",
            "We acknowledge the contributions of the armed forces of member states to nation building.",
            "We believe that open dialogue, consultation and consensus have served ASEAN well.",
            "We agree to continue exchanging views on defence policy through this forum.",
            "We welcome the exchange of visits between our chiefs of defence forces.",
            "We encourage our senior officials to keep the list of planned activities realistic and focused.",
            "We recognise the value of informal meetings held on the margins of the ADMM.",
            "We reaffirm our shared interest in a peaceful, stable and prosperous Southeast Asia.");

    static final List<String> STATEMENT = List.of(
            "The Meeting was preceded by a meeting of senior defence officials, who prepared the agenda.",
            "The Ministers exchanged views on regional and international developments.",
            "{2011-}The Ministers welcomed the progress reports presented by the co-chairs of the Experts' Working Groups.",
            "The Ministers noted the report of the ADMM-Plus Senior Officials' Meeting.",
            "The Ministers adopted the agenda and the programme of the Meeting.",
            "{2012-}The Ministers commended the outgoing co-chairs for their leadership over the past cycle.",
            "{2012-}The Ministers welcomed the incoming co-chairs and wished them success in the next cycle.",
            "The Ministers expressed their appreciation for the candid and constructive discussions.",
            "The Meeting took note of the calendar of activities planned for the coming year.",
            "The Ministers agreed to continue their dialogue at the next meeting of the ADMM-Plus.",
            "The Ministers acknowledged the support of the ASEAN Secretariat in organising the Meeting.",
            "The Ministers exchanged views on the way forward for the ADMM-Plus process.",
            "The Ministers noted that the ADMM-Plus has grown into an important platform for dialogue between ASEAN and its eight partners.",
            "The dialogue partners reaffirmed their commitment to the ADMM-Plus.",
            "Several Ministers shared their national perspectives on recent developments.",
            "The Ministers took note of the statements made by the heads of delegations.",
            "The Meeting welcomed the participation of all eight partners at ministerial level.",
            "{2018-}The Ministers noted that the ADMM-Plus has met every year since 2017.",
            "{2013-}The Ministers recalled the decisions taken at the inaugural ADMM-Plus in Hanoi in 2010.",
            "The Ministers thanked {host} for its able chairmanship of the {meeting}.",
            "The partners expressed their support for the priorities set by the Chair.",
            "The Meeting agreed that the ADMM-Plus should continue to focus on areas where it can add value.",
            "The Ministers welcomed the open exchange of views during the retreat session.");

    static final List<String> NEWS = List.of(
            "The meeting was attended by defence ministers or their representatives from all ASEAN member states.",
            "The host ministry said the talks were held in a frank and friendly atmosphere.",
            "Officials said the ministers also held a series of bilateral meetings on the sidelines.",
            "Under agenda item No. 4, the ministers reviewed the calendar of exercises for the year ahead.",
            "A spokesperson for the host ministry described the outcome as constructive.",
            "The meeting lasted most of the day and ended with the adoption of a final document.",
            "Observers said the tone of the discussions was cordial.",
            "Diplomats said agreement on the final wording was reached after lengthy talks.",
            "The defence minister of {host} chaired the proceedings.",
            "Officials said the meeting also reviewed progress on several concept papers.",
            "Item No. 2 on the agenda was a review of activities carried out since the previous meeting.",
            "The ministry said further details would be released in the coming days.",
            "{2011-}The ADMM-Plus brings together ASEAN and eight partners, including the U.S. and China.",
            "Analysts said the meeting's main value lay in keeping channels open between the armed forces.",
            "The closing press conference was held in the late afternoon.",
            "A copy of the final document was later posted on the host ministry's website.",
            "Officials declined to comment on the details of the closed-door session.",
            "Several ministers left shortly after the closing session for other engagements.",
            "The chair's closing remarks were broadcast on national television in {host}.",
            "Officials said the next meeting would be hosted by the incoming chair.",
            "The ministers also approved a revised list of activities for the coming year.",
            "Delegates said the discussions ran over the scheduled time.");

    static final List<String> NEWS_PLUS = List.of(
            "The U.S. delegation was led by the Secretary of Defense.",
            "Delegations from Australia, China, India, Japan, New Zealand, the Republic of Korea, Russia and the U.S. took part.",
            "Officials said the U.S. and Chinese ministers exchanged views on the margins of the meeting.",
            "The partners' ministers each delivered a statement during the plenary session.");

    static final List<String> SPEECH = List.of(
            "I wish to express my gratitude to my fellow ministers for their support during our chairmanship.",
            "Our meeting today takes place at an important moment for the region.",
            "I am confident that our discussions will be candid and productive.",
            "Let me briefly share a few thoughts on the road ahead.",
            "{2008-}We have come a long way since the first ADMM in Kuala Lumpur in 2006.",
            "Our officials have worked hard over the past months to prepare for this meeting.",
            "I look forward to hearing the views of each of you.",
            "The decisions we take here will matter for the generations to come.",
            "{2008-}We should be proud of what this forum has achieved in a relatively short time.",
            "Dialogue has always been the hallmark of the ASEAN way.",
            "No other forum in our region brings defence ministers together as regularly as this one.",
            "I would like to thank the ASEAN Secretariat for its tireless support.",
            "Let me also acknowledge the hard work of our senior officials.",
            "As Chair, {host} will do its best to steer our discussions to a successful conclusion.",
            "Our peoples expect us to deliver results, not merely statements.",
            "These are not abstract questions for any of us.",
            "Our armed forces serve our peoples best when they know and understand one another.",
            "We owe it to those who came before us to keep this forum strong and relevant.",
            "None of the matters on our agenda can be settled by any one of us alone.");
}
