import type { Messages } from '../../../../lib/i18n/locale'

// Only the button's word: the player's own words load with it.
export const messages: Messages<'listen'> = {
  zh: { listen: '朗读' },
  en: { listen: 'Listen' },
}
