import { configure } from '@testing-library/dom'

// findBy* and waitFor give up after 1 s by default; on a loaded 2-core CI machine a lazy chunk
// can take longer than that to arrive. A wait bound, not an assertion: passing tests pass sooner.
configure({ asyncUtilTimeout: 5000 })
