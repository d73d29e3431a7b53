/** English word lists for synthetic news text: our own phrases, combined at random. */
import { phrases } from './list'

export const en = {
  subjects: phrases(`
    The regional grid operator | A small open-source team | The port authority | The city council
    A mid-sized bank | An independent developer | The studio | A university lab | A logistics firm
    The maintainers | The national railway | A northern retailer | An early-stage startup | The standards body
    A farming cooperative | The browser vendor`),
  headSubjects: phrases(`
    Grid operator | Open-source team | Port authority | City council | Regional bank | Indie studio
    University lab | Logistics firm | Railway | Standards body | Startup | Browser vendor | Library`),
  verbs: phrases(`
    expanded | rewrote | postponed | announced | tested | published | simplified | reorganised | measured
    shipped | rolled back | funded | open-sourced | benchmarked | documented`),
  headVerbs: phrases(`
    expands | rewrites | delays | announces | tests | publishes | simplifies | ships | funds | open-sources
    drops | revisits`),
  objects: phrases(`
    its storage capacity | the build pipeline | a new pricing plan | the public archive | a faster parser
    the winter timetable | an offline mode | its quarterly report | a shared cache | the onboarding flow
    a smaller container image | the payments API | a reading list | the regional forecast
    a compatibility layer | its date handling`),
  complements: phrases(`
    ahead of the winter peak | after months of complaints | without much fanfare | to cut costs by a fifth
    in response to new rules | for the first time since 2019 | on a tight schedule | with help from volunteers
    despite a shortage of parts | before the holiday season`),
  leads: phrases(`
    Last week, | On Tuesday, | Earlier this year, | According to people familiar with the plan,
    In a blog post, | By the end of the quarter, | In practice, | For now, | So far, | Meanwhile,`),
  results: phrases(`
    the change cut latency in half | early numbers look encouraging | users noticed almost immediately
    the effect was smaller than expected | costs fell by about 12 percent | the backlog cleared within a week
    critics say it does not go far enough | the team plans to publish the data`),
  quotes: phrases(`
    We wanted something boring and reliable | Nobody reads the manual, so the defaults matter
    It was slower than we hoped, but it works | Most of the work was deleting code
    We will know more after the first winter`),
  speakers: phrases(
    'one of the maintainers | a spokesperson | an engineer on the project | a local resident',
  ),
  titleTails: phrases(`
    what it means for users | a first look | notes from the field | the numbers so far | why it took so long`),
}
