import type { Messages } from '../../../../lib/i18n/locale'

type Key =
  | 'player'
  | 'pause'
  | 'resume'
  | 'stop'
  | 'speed'
  | 'position'
  | 'playing'
  | 'paused'
  | 'stopped'
  | 'ended'
  | 'failed'

export const messages: Messages<Key> = {
  zh: {
    player: '朗读',
    pause: '暂停',
    resume: '继续',
    stop: '停止',
    speed: '语速',
    position: '第 {n} / {total} 句',
    playing: '正在朗读',
    paused: '朗读已暂停',
    stopped: '朗读已停止',
    ended: '朗读完毕',
    failed: '无法朗读，已停止',
  },
  en: {
    player: 'Listen',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    speed: 'Speed',
    position: 'Sentence {n} of {total}',
    playing: 'Reading aloud',
    paused: 'Reading paused',
    stopped: 'Reading stopped',
    ended: 'Finished reading',
    failed: 'Could not read aloud; stopped',
  },
}
