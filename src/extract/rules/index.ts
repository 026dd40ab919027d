/**
 * The rule table: every extraction rule, by kind, in the order it runs. To handle a new way of
 * writing, add a rule file (an id, what it matches, what it adds, and `@example` blocks that
 * prove it) and list it here.
 */
import type { BlockRule, BodyRule, ClauseRule, MeetingRule, PersonRule, SilenceRule } from './types.js';
import { acronymDesignator } from './acronym-designator.js';
import { definedLongForm } from './defined-long-form.js';
import { namedBody } from './named-body.js';
import { meetingOfBody } from './meeting-of-body.js';
import { chairOfBody } from './chair-of-body.js';
import { meetingAnaphor } from './meeting-anaphor.js';
import { headAnaphor } from './head-anaphor.js';
import { collectiveAnaphor } from './collective-anaphor.js';
import { pronounAnaphor } from './pronoun-anaphor.js';
import { acronymSubject } from './acronym-subject.js';
import { listIntro } from './list-intro.js';
import { activeClause } from './active-clause.js';
import { passiveClause } from './passive-clause.js';
import { attendanceList } from './attendance-list.js';
import { countryParticipant } from './country-participant.js';
import { organizationParticipant } from './organization-participant.js';
import { sectionHeading } from './section-heading.js';
import { headlineLine } from './headline-line.js';
import { labelledItem } from './labelled-item.js';
import { agendaItem } from './agenda-item.js';
import { itemWithBody } from './item-with-body.js';
import { verbLedItem } from './verb-led-item.js';
import { heldMeeting } from './held-meeting.js';
import { leadSubject } from './lead-subject.js';
import { titleBody } from './title-body.js';
import { onlyBody } from './only-body.js';
import { futureNotice } from './future-notice.js';
import { inquorateMeeting } from './inquorate-meeting.js';
import { personName } from './person-name.js';
import { roleSurname } from './role-surname.js';
import { photoCredit } from './photo-credit.js';
import { givenName } from './given-name.js';
import { bodyLabel } from './body-label.js';
import { discussionNoun } from './discussion-noun.js';
import { carriedMotion } from './carried-motion.js';
import { motionLabel } from './motion-label.js';
import { settingBody } from './setting-body.js';
import { participleOpener } from './participle-opener.js';
import { achievementsIncluded } from './achievements-included.js';
import { actionVerdict } from './action-verdict.js';

/** Rules that recognise bodies and anaphors at a token; the longest match wins, the earlier on a tie. */
export const bodyRules: readonly BodyRule[] = [meetingOfBody, chairOfBody, definedLongForm, acronymDesignator, namedBody, acronymSubject, meetingAnaphor, headAnaphor, collectiveAnaphor, pronounAnaphor];

/** Rules over one sentence, in order: a later rule sees what the earlier ones found. */
export const clauseRules: readonly ClauseRule[] = [settingBody, listIntro, activeClause, participleOpener, passiveClause, discussionNoun, achievementsIncluded, carriedMotion, attendanceList, countryParticipant, organizationParticipant] as readonly ClauseRule[];

/** Rules over one block, tried in order; the first that matches reads the block. */
export const blockRules: readonly BlockRule[] = [sectionHeading, actionVerdict, headlineLine, motionLabel, labelledItem, bodyLabel, agendaItem, itemWithBody, verbLedItem] as readonly BlockRule[];

/** Rules that name the reported meeting, tried in order. */
export const meetingRules: readonly MeetingRule[] = [heldMeeting, leadSubject, titleBody, onlyBody];

/** Rules that say a bulletin has nothing to report. */
export const silenceRules: readonly SilenceRule[] = [futureNotice, inquorateMeeting];

/** Rules that find people. */
export const personRules: readonly PersonRule[] = [personName, roleSurname, photoCredit, givenName];

/** Every rule, for the example walker and `--explain`. */
export const allRules = [...bodyRules, ...clauseRules, ...blockRules, ...meetingRules, ...silenceRules, ...personRules];
