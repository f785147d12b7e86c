import { useEffect, useState } from 'react';

import { listVoices, onVoicesChanged, type VoiceOption } from './speech-synthesis';

/** The browser's voices, kept current: Chrome lists none until its `voiceschanged` event. */
export function useVoices(): VoiceOption[] {
  const [voices, setVoices] = useState(listVoices);
  useEffect(() => {
    const update = () => setVoices(listVoices());
    const stop = onVoicesChanged(update);
    // The list may have arrived between the first render and this subscription.
    update();
    return stop;
  }, []);
  return voices;
}
