//! How many requests a learner may send to the assistant in an hour: the model is shared
//! by a whole centre, and a minor's use of it is kept within bounds. Counted by this server
//! process (several servers each count their own).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(3600);

pub struct RequestLimit {
    per_hour: u32,
    sent: Mutex<HashMap<i32, VecDeque<Instant>>>,
}

impl RequestLimit {
    pub fn new(per_hour: u32) -> Self {
        RequestLimit {
            per_hour,
            sent: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request by `user_id` at `now` if they are under the limit; otherwise how
    /// long until they may send again.
    pub fn take(&self, user_id: i32, now: Instant) -> Result<(), Duration> {
        let mut sent = self.sent.lock().unwrap_or_else(|e| e.into_inner());
        // Forgetting whoever has sent nothing for an hour keeps the table small.
        sent.retain(|_, times| {
            while times
                .front()
                .is_some_and(|t| now.duration_since(*t) >= WINDOW)
            {
                times.pop_front();
            }
            !times.is_empty()
        });
        let times = sent.entry(user_id).or_default();
        if times.len() >= self.per_hour as usize {
            let oldest = *times.front().expect("the limit is at least one");
            return Err(WINDOW - now.duration_since(oldest));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_learner_over_the_limit_waits_for_the_oldest_request_to_age() {
        let limit = RequestLimit::new(2);
        let start = Instant::now();
        assert_eq!(limit.take(1, start), Ok(()));
        assert_eq!(limit.take(1, start + Duration::from_secs(600)), Ok(()));
        assert_eq!(
            limit.take(1, start + Duration::from_secs(900)),
            Err(Duration::from_secs(2700))
        );
        // Someone else is not held back.
        assert_eq!(limit.take(2, start + Duration::from_secs(900)), Ok(()));
        assert_eq!(limit.take(1, start + WINDOW), Ok(()));
    }
}
