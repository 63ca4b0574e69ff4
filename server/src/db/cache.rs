//! Rows kept in memory until the database changes: an entry is only ever read back at the
//! count of changes of its scope ([`super::changes::Changes::epoch`]) it was read from the
//! database at, so a change in that scope makes every entry stale at once, and the next
//! request reads again.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

/// Past this many entries the map starts again empty: a bound on memory, not a policy (a
/// centre's server has far fewer people signed in at once).
const MAX_ENTRIES: usize = 50_000;

pub struct Cache<K, V> {
    inner: Mutex<Entries<K, V>>,
}

struct Entries<K, V> {
    /// The count of changes every entry was read at.
    epoch: u64,
    map: HashMap<K, V>,
}

impl<K: Eq + Hash, V: Clone> Default for Cache<K, V> {
    fn default() -> Self {
        Cache {
            inner: Mutex::new(Entries {
                epoch: 0,
                map: HashMap::new(),
            }),
        }
    }
}

impl<K: Eq + Hash, V: Clone> Cache<K, V> {
    /// The entry of `key`, if it was read at `epoch` (`None`: changes may go unseen, so
    /// nothing is ever answered from memory).
    pub fn get(&self, epoch: Option<u64>, key: &K) -> Option<V> {
        let epoch = epoch?;
        let entries = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if entries.epoch != epoch {
            return None;
        }
        entries.map.get(key).cloned()
    }

    /// Keeps `value`, read from the database at `epoch` (the count taken *before* reading;
    /// `None`: nothing is kept). A value read before a later change is dropped; a later
    /// count empties the map.
    pub fn put(&self, epoch: Option<u64>, key: K, value: V) {
        let Some(epoch) = epoch else {
            return;
        };
        let mut entries = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if epoch < entries.epoch {
            return;
        }
        if epoch > entries.epoch || entries.map.len() >= MAX_ENTRIES {
            entries.map.clear();
            entries.epoch = epoch;
        }
        entries.map.insert(key, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_lasts_until_the_next_change() {
        let cache = Cache::default();
        cache.put(Some(3), "a", 1);
        assert_eq!(cache.get(Some(3), &"a"), Some(1));
        assert_eq!(cache.get(Some(4), &"a"), None, "changed since");
        cache.put(Some(4), "b", 2);
        assert_eq!(cache.get(Some(4), &"a"), None, "the older entries are gone");
        assert_eq!(cache.get(Some(4), &"b"), Some(2));
    }

    #[test]
    fn a_value_read_before_a_change_is_not_kept() {
        let cache = Cache::default();
        cache.put(Some(5), "a", 1);
        // A slow request took its count (4) before the change that made it 5.
        cache.put(Some(4), "b", 2);
        assert_eq!(cache.get(Some(4), &"b"), None);
        assert_eq!(cache.get(Some(5), &"b"), None);
        assert_eq!(cache.get(Some(5), &"a"), Some(1));
    }

    #[test]
    fn nothing_is_kept_or_answered_without_a_count_of_changes() {
        let cache = Cache::default();
        cache.put(None, "a", 1);
        assert_eq!(cache.get(Some(1), &"a"), None);
        cache.put(Some(1), "b", 2);
        assert_eq!(cache.get(None, &"b"), None);
        assert_eq!(cache.get(Some(1), &"b"), Some(2));
    }
}
